package dk.virkning.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The result of a payment formula: the cumulative amount earned from the program's start to the
 * period's end, the lines that explain it and what is still pending.
 *
 * @param earned the cumulative earned amount in DKK with 2 decimals
 * @param lines the lines that explain the amount; their amounts add up to {@code earned}
 * @param pending outcomes that are not yet decided
 */
public record FormulaResult(BigDecimal earned, List<ResultLine> lines, List<PendingOutcome> pending) {

    /** Validates the required fields and freezes the lists. */
    public FormulaResult {
        Objects.requireNonNull(earned, "earned");
        lines = List.copyOf(lines);
        pending = List.copyOf(pending);
    }
}
