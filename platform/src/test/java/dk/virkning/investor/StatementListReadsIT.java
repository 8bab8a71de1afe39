package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.SqlLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Listing statements does not read their lines: the municipality's list reads none, the investor's
 * one query of per-outcome totals for the whole page, however many statements it holds. Counted on
 * the SQL the application prepares.
 */
@Import(SqlLog.class)
class StatementListReadsIT extends InvestorWorld {

    @Test
    void theMunicipalitysListReadsNoLinesAndTheStatementStillHasThem() throws Exception {
        SettlementsApi admin = new SettlementsApi(client(tokens.admin(north)));
        Statement q2 = settleQ2();

        SqlLog.clear();
        List<Statement> listed =
                admin.listStatements(north, large.getId(), 0, 50).getItems();

        assertThat(listed).extracting(Statement::getId).containsExactly(q2.getId(), largeQ1.getId());
        assertThat(SqlLog.naming("statement_line")).isEmpty();
        assertThat(listed).allSatisfy(s -> assertThat(s.getLines()).isEmpty());
        Statement shown = admin.getStatement(north, large.getId(), largeQ1.getId());
        assertThat(shown.getLines()).hasSize(5);
        assertThat(SqlLog.naming("statement_line")).hasSize(1);
    }

    @Test
    void theInvestorsListReadsTwoQueriesOfTotalsWhateverTheNumberOfStatements() throws Exception {
        InvestorApi api = new InvestorApi(client(analyst(investor)));
        SqlLog.clear();
        assertThat(api.listInvestorStatements(0, 50).getItems()).hasSize(2);
        List<String> withTwo = SqlLog.naming("statement_line");

        settleQ2();
        SqlLog.clear();
        List<InvestorStatement> three = api.listInvestorStatements(0, 50).getItems();
        List<String> withThree = SqlLog.naming("statement_line");

        assertThat(three).hasSize(3);
        // one for the earned totals per outcome, one for the open money per kind
        assertThat(withTwo).hasSize(2);
        assertThat(withThree)
                .hasSize(2)
                .allSatisfy(sql -> assertThat(sql).contains("GROUP BY").doesNotContain("line_no"));
        // The totals still give each statement its outcomes: five persons, nothing suppressed.
        assertThat(three.stream().filter(s -> s.getMunicipalityId().equals(north)))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.getOutcomes()).singleElement().satisfies(o -> {
                    assertThat(o.getOutcome()).isEqualTo("SAVINGS");
                    assertThat(o.getParticipants()).isEqualTo(5);
                    assertThat(o.getSuppressed()).isFalse();
                }));
        assertThat(three.stream().filter(s -> s.getMunicipalityId().equals(north)))
                .allSatisfy(s -> assertThat(s.getOpenAmounts()).isNotEmpty());
    }

    /** A second issued statement of the northern program: its persons self-supporting in Q2. */
    private Statement settleQ2() throws Exception {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int i = 0; i < 5; i++) {
            csv.append("01018" + i + "-100" + i).append(",,\n");
        }
        new RegisterApi(client(tokens.admin(north)))
                .importStatuses(north, large.getId(), "2024-W14", "2024-W26", csv.toString());
        return new SettlementsApi(client(tokens.admin(north)))
                .runSettlement(
                        north,
                        large.getId(),
                        new SettlementRequest().period("2024-Q2").issue(true));
    }
}
