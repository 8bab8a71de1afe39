package dk.virkning.plugins.nk1;

import dk.virkning.plugin.api.FormulaException;
import dk.virkning.plugin.api.Terms;
import java.math.BigDecimal;

/** NK1's contract terms, checked once before the formula runs. */
record Nk1Terms(
        BigDecimal baselineBenefitShare,
        BigDecimal weeklyNetCost,
        int measurementWeeks,
        BigDecimal savingsShare,
        BigDecimal maxTotalPayment) {

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
            throw new FormulaException(e.getMessage(), e);
        }
    }

    private void check() {
        share("baselineBenefitShare", baselineBenefitShare);
        share("savingsShare", savingsShare);
        if (weeklyNetCost.signum() < 0 || maxTotalPayment.signum() < 0) {
            throw new IllegalArgumentException("weeklyNetCost and maxTotalPayment must not be negative");
        }
        if (measurementWeeks < 1 || measurementWeeks > 520) {
            throw new IllegalArgumentException("measurementWeeks must be between 1 and 520");
        }
    }

    private static void share(String name, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("term '" + name + "' must be between 0 and 1");
        }
    }
}
