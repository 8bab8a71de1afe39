package dk.virkning.participant;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The citizen's consent: participation is voluntary.
 *
 * @param givenOn the day the citizen consented
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 * @param withdrawnOn the day the citizen withdrew it, or {@code null}
 * @param withdrawalRecordedBy who recorded the withdrawal, or {@code null}
 */
public record Consent(
        LocalDate givenOn, String recordedBy, Instant recordedAt, LocalDate withdrawnOn, String withdrawalRecordedBy) {}
