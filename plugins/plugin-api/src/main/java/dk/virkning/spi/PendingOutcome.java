package dk.virkning.spi;

import java.util.Objects;

/**
 * An outcome that cannot be decided yet because weeks it depends on are unknown.
 *
 * @param participantId the participant
 * @param outcome the outcome code
 * @param reason why it is pending
 */
public record PendingOutcome(String participantId, String outcome, String reason) {

    /** Validates the required fields. */
    public PendingOutcome {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
    }
}
