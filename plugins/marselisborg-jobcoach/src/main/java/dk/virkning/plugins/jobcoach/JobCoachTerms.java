package dk.virkning.plugins.jobcoach;

import dk.virkning.spi.FormulaException;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;

/** The job coach contract's terms, checked once before the formula runs. */
record JobCoachTerms(Terms rates, int measurementWeeks, int qualifyingRunWeeks, BigDecimal capPerParticipant) {

    static JobCoachTerms of(Terms terms) throws FormulaException {
        try {
            JobCoachTerms t = new JobCoachTerms(
                    terms.object("ratePerWeek"),
                    terms.integer("measurementWeeks"),
                    terms.integer("qualifyingRunWeeks"),
                    terms.decimal("capPerParticipant"));
            if (t.measurementWeeks < 1 || t.qualifyingRunWeeks < 1 || t.capPerParticipant.signum() < 0) {
                throw new FormulaException("measurementWeeks and qualifyingRunWeeks must be positive and"
                        + " capPerParticipant must not be negative");
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new FormulaException(e.getMessage(), e);
        }
    }

    BigDecimal rate(String targetGroup) throws FormulaException {
        try {
            return rates.decimal(targetGroup);
        } catch (IllegalArgumentException e) {
            throw new FormulaException("no rate per week for target group " + targetGroup, e);
        }
    }
}
