package dk.virkning.settlement;

import java.math.BigDecimal;

/**
 * What a statement settles, in DKK, by cumulative true-up: what was earned from the program's start
 * to the period's horizon, what the last settled statement had earned, and the difference, due now
 * (negative is a credit).
 */
public record StatementAmounts(BigDecimal earned, BigDecimal previouslySettled, BigDecimal due) {

    static StatementAmounts trueUp(BigDecimal earned, BigDecimal previouslySettled) {
        return new StatementAmounts(earned, previouslySettled, earned.subtract(previouslySettled));
    }
}
