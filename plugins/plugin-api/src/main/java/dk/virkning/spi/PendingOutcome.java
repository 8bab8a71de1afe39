package dk.virkning.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An outcome that cannot be decided yet because weeks it depends on are unknown.
 *
 * @param participantId the participant
 * @param outcome the outcome code
 * @param reason why it is pending
 * @param kind what the outcome is (since 1.1; {@link PendingKind#UNSPECIFIED} from the 1.0 constructor)
 * @param maxAmount the most it can still earn in DKK with at most 2 decimals, not negative, or {@code
 *     null} where the formula cannot know it (since 1.1)
 */
public record PendingOutcome(
        String participantId, String outcome, String reason, PendingKind kind, BigDecimal maxAmount) {

    /** Validates the required fields. */
    public PendingOutcome {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        kind = kind == null ? PendingKind.UNSPECIFIED : kind;
    }

    /**
     * A pending outcome of API 1.0: no kind, no amount.
     *
     * @param participantId the participant
     * @param outcome the outcome code
     * @param reason why it is pending
     */
    public PendingOutcome(String participantId, String outcome, String reason) {
        this(participantId, outcome, reason, PendingKind.UNSPECIFIED, null);
    }

    /**
     * A pending outcome whose most it can still earn the formula does not know.
     *
     * @param participantId the participant
     * @param outcome the outcome code
     * @param reason why it is pending
     * @param kind what the outcome is
     * @since 1.1
     */
    public PendingOutcome(String participantId, String outcome, String reason, PendingKind kind) {
        this(participantId, outcome, reason, kind, null);
    }

    /**
     * The most it can still earn, where the formula knows it.
     *
     * @return the amount in DKK, or empty
     * @since 1.1
     */
    public Optional<BigDecimal> openAmount() {
        return Optional.ofNullable(maxAmount);
    }
}
