package dk.virkning.spi.testkit;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Evaluates a formula over a cohort file, as the platform would for one settlement, so that a
 * provider can test a plugin without the platform.
 */
public final class CohortRunner {

    private CohortRunner() {}

    /**
     * Runs {@code formula} over the cohort in {@code cohortFile} with the terms in {@code termsFile}
     * (a JSON object) for the given period.
     */
    public static FormulaResult run(PaymentFormula formula, Path cohortFile, Path termsFile, SettlementPeriod period)
            throws IOException, FormulaException {
        Terms terms = TermsFile.read(termsFile);
        return formula.evaluate(new FormulaContext("testkit", terms, period, Cohort.read(cohortFile)));
    }
}
