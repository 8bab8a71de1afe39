package dk.virkning.spi;

import java.util.List;
import java.util.Objects;

/**
 * Everything a payment formula may know of one participant. Contains no personal identifier: the id
 * is a pseudonym that is stable within the program.
 *
 * @param participantId the participant's pseudonymous id
 * @param targetGroup the target group code from the intervention model
 * @param startWeek the participant's start week, week index {@code k = 0}
 * @param referral the referral facts
 * @param events lifecycle events in date order
 * @param measurements measurements in date order
 * @param statuses weekly statuses from the start week up to the settlement horizon
 */
public record ParticipantInput(
        String participantId,
        String targetGroup,
        IsoWeek startWeek,
        ReferralFacts referral,
        List<LifecycleEvent> events,
        List<Measurement> measurements,
        StatusTimeline statuses) {

    /** Validates the required fields and freezes the lists. */
    public ParticipantInput {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(startWeek, "startWeek");
        referral = referral == null ? ReferralFacts.none() : referral;
        events = List.copyOf(events == null ? List.of() : events);
        measurements = List.copyOf(measurements == null ? List.of() : measurements);
        statuses = statuses == null ? StatusTimeline.empty() : statuses;
    }

    /**
     * The status in week {@code k} as a formula may see it at {@code horizon}: {@link
     * WeeklyStatus#UNKNOWN} for every week after the horizon, even if a status is known.
     */
    public WeeklyStatus statusAsOf(int k, IsoWeek horizon) {
        return startWeek.plusWeeks(k).compareTo(horizon) > 0 ? WeeklyStatus.UNKNOWN : statuses.status(k);
    }
}
