package dk.virkning.plugin.testkit;

import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.FormulaException;
import dk.virkning.plugin.api.FormulaResult;
import dk.virkning.plugin.api.PaymentFormula;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.Terms;
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
