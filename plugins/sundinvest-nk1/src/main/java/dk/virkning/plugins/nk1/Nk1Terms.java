package dk.virkning.plugins.nk1;

import dk.virkning.spi.FormulaException;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;

/**
 * NK1's contract terms, checked once before the formula runs. The platform validates terms against
 * the schema when a program is created; the formula checks again because a statement must never be
 * computed from terms it cannot price (and the testkit or a recomputation may call it directly).
 */
record Nk1Terms(
        BigDecimal baselineBenefitShare,
        BigDecimal weeklyNetCost,
        int measurementWeeks,
        BigDecimal savingsShare,
        BigDecimal maxTotalPayment) {

    static final int MAX_MEASUREMENT_WEEKS = 520;

    static Nk1Terms of(Terms terms) throws FormulaException {
        try {
            Nk1Terms t = new Nk1Terms(
                    terms.decimal("baselineBenefitShare"),
                    terms.decimal("weeklyNetCost"),
                    terms.integer("measurementWeeks"),
                    terms.decimal("savingsShare"),
                    terms.decimal("maxTotalPayment"));
            t.check();
            return t;
        } catch (IllegalArgumentException e) {
            throw new FormulaException("invalid NK1 terms: " + e.getMessage(), e);
        }
    }

    private void check() {
        between("baselineBenefitShare", baselineBenefitShare, BigDecimal.ONE);
        between("savingsShare", savingsShare, BigDecimal.ONE);
        notNegative("weeklyNetCost", weeklyNetCost);
        notNegative("maxTotalPayment", maxTotalPayment);
        if (measurementWeeks < 1 || measurementWeeks > MAX_MEASUREMENT_WEEKS) {
            throw new IllegalArgumentException("term 'measurementWeeks' must be between 1 and " + MAX_MEASUREMENT_WEEKS
                    + ", was " + measurementWeeks);
        }
    }

    private static void between(String name, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "term '" + name + "' must be between 0 and " + max + ", was " + value.toPlainString());
        }
    }

    private static void notNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(
                    "term '" + name + "' must not be negative, was " + value.toPlainString());
        }
    }
}
