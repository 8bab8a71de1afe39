package dk.virkning.plugins.nk1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.testkit.CohortRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The testkit's runner over a cohort file, as a provider would test a plugin without the platform. */
class Nk1CohortFileTest {

    @Test
    void evaluatesTheCohortFileForTheFirstQuarter() throws Exception {
        // a: 4 benefit + 9 self-supporting weeks = 11520.00; b: 18 self-supporting weeks, of which
        // Q1 (horizon 2024-W13) sees 13 = 18720.00. Earned 30240.00.
        FormulaResult result = CohortRunner.run(
                new Nk1PaymentFormula(),
                Path.of("src/test/resources/cohorts/q1-2024.csv"),
                Path.of("src/test/resources/cohorts/demo-terms.json"),
                new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(result.lines()).extracting(ResultLine::participantId).containsExactly("a", "b");
        assertThat(result.earned()).isEqualByComparingTo("30240.00");
    }
}
