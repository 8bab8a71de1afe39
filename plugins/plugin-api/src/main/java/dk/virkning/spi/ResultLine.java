package dk.virkning.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line that explains an earned amount.
 *
 * @param participantId the participant the line is about, or {@code null} for a program-level line
 *     (such as a cap)
 * @param outcome the outcome code, e.g. {@code SAVINGS} or {@code O1}
 * @param description a human-readable explanation
 * @param quantity the number of units behind the amount (weeks, outcomes), or {@code null}
 * @param amount the amount in DKK with 2 decimals; negative for a deduction such as a cap
 */
public record ResultLine(
        String participantId, String outcome, String description, BigDecimal quantity, BigDecimal amount) {

    /** Validates the required fields. */
    public ResultLine {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(amount, "amount");
        description = description == null ? "" : description;
    }
}
