package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.FormulaException;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;

/** Copenhagen's contract terms, checked once before the formula runs. */
record CoursePackagesTerms(
        Terms priceList, BigDecimal startShare, BigDecimal recoveryBonus, int bonusWeeksShort, int bonusWeeksLong) {

    static CoursePackagesTerms of(Terms terms) throws FormulaException {
        try {
            CoursePackagesTerms t = new CoursePackagesTerms(
                    terms.object("priceList"),
                    terms.decimal("startShare"),
                    terms.decimal("recoveryBonus"),
                    terms.integer("bonusWeeksShort"),
                    terms.integer("bonusWeeksLong"));
            if (t.startShare.signum() < 0 || t.startShare.compareTo(BigDecimal.ONE) > 0) {
                throw new FormulaException("term 'startShare' must be between 0 and 1");
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new FormulaException(e.getMessage(), e);
        }
    }

    BigDecimal price(String course) throws FormulaException {
        try {
            return priceList.decimal(course);
        } catch (IllegalArgumentException e) {
            throw new FormulaException("the price list has no price for package course '" + course + "'", e);
        }
    }
}
