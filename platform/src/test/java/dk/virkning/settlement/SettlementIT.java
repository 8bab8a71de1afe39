package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementVerification;
import dk.virkning.client.model.StatusImport;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settlement through the API against hand-computed NK1 amounts (DOMAIN.md 5 and 6.3): cumulative
 * true-up, a late correction that becomes a credit in the next statement, the hash chain,
 * idempotent imports and immutable statements.
 */
class SettlementIT extends PlatformIT {

    private static final String CPR = "0101901111";

    private String municipality;
    private Program program;
    private RegisterApi register;
    private SettlementsApi settlements;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        scenario.enroll(municipality, program, CPR, "2024-W01");
        register = new RegisterApi(client(tokens.admin(municipality)));
        settlements = new SettlementsApi(client(tokens.admin(municipality)));
    }

    @Test
    void aLateCorrectionFlowsIntoTheNextStatementAsACredit() throws Exception {
        // Q1: 4 benefit weeks then 9 self-supporting: (9*0.8 - 4*0.2) * 3000 * 0.6 = 11520.00
        register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", rows(1, 4));
        Statement q1 = settle("2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("11520.00");
        assertThat(q1.getDue()).isEqualTo("11520.00");

        // The register corrects itself: the citizen was on benefit all of W01..W26.
        // Q2 cumulative: 26 * -0.2 * 3000 * 0.6 = -9360.00, floored at 0.00 (the formula never pays
        // a negative total); due = 0.00 - 11520.00 = -11520.00, a credit to the municipality.
        register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W26", rows(1, 26));
        Statement q2 = settle("2024-Q2");
        assertThat(q2.getEarned()).isEqualTo("0.00");
        assertThat(q2.getPreviouslySettled()).isEqualTo("11520.00");
        assertThat(q2.getDue()).isEqualTo("-11520.00");
        assertThat(q2.getPreviousStatementId()).isEqualTo(q1.getId());
        assertThat(q2.getPreviousStatementHash()).isEqualTo(q1.getStatementHash());
        assertThat(q2.getInputSha256()).isNotEqualTo(q1.getInputSha256());
    }

    @Test
    void anIssuedStatementRecomputesFromItsFrozenInputToItsOwnHash() throws Exception {
        register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", rows(1, 4));
        Statement q1 = settle("2024-Q1");
        // Later corrections change what the platform knows, never what an issued statement was made of.
        register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W26", rows(1, 26));
        Statement q2 = settle("2024-Q2");
        for (Statement s : List.of(q1, q2)) {
            StatementVerification v = settlements.verifyStatement(municipality, program.getId(), s.getId());
            assertThat(v.getMatches()).isTrue();
            assertThat(v.getInputMatches()).isTrue();
            assertThat(v.getPluginMatches()).isTrue();
            assertThat(v.getRecomputedStatementHash()).isEqualTo(s.getStatementHash());
            assertThat(v.getRecomputedInputSha256()).isEqualTo(s.getInputSha256());
            assertThat(v.getRecomputedEarned()).isEqualTo(s.getEarned());
        }
        assertThat(q2.getInputSha256()).isNotEqualTo(q1.getInputSha256());
    }

    @Test
    void theFormulaSeesNoWeekAfterThePeriodsEnd() throws Exception {
        // Data for half a year is imported, but Q1 sees only up to 2024-W13:
        // k = 0..12 all self-supporting: 13 * 0.8 * 3000 * 0.6 = 18720.00
        register.importStatuses(
                municipality,
                program.getId(),
                "2024-W01",
                "2024-W26",
                "cpr,week,code\n" + CPR + ",2024-W20,SICKNESS_BENEFIT\n");
        Statement q1 = settle("2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("18720.00");
        assertThat(q1.getPending()).singleElement().satisfies(p -> assertThat(p.getOutcome())
                .isEqualTo("SAVINGS"));
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        String csv = rows(1, 4);
        StatusImport first = register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", csv);
        StatusImport again = register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", csv);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(register.listStatusImports(municipality, program.getId(), 0, 10)
                        .getItems())
                .hasSize(1);
        var response = send(
                "POST",
                "/api/v1/municipalities/" + municipality + "/programs/" + program.getId()
                        + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W13",
                tokens.admin(municipality),
                "text/csv",
                csv);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anIssuedStatementCannotBeChangedEvenInTheDatabase() throws Exception {
        register.importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", rows(1, 4));
        Statement q1 = settle("2024-Q1");
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var update = c.prepareStatement("UPDATE statement SET due = 0 WHERE id = ?");
            update.setObject(1, q1.getId());
            org.assertj.core.api.Assertions.assertThatThrownBy(update::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("immutable");
        }
        assertThat(settlements
                        .getStatement(municipality, program.getId(), q1.getId())
                        .getDue())
                .isEqualTo("11520.00");
    }

    private Statement settle(String quarter) throws Exception {
        return settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period(quarter).issue(true));
    }

    /** Rows of SICKNESS_BENEFIT for weeks {@code from..to} of 2024. */
    private static String rows(int from, int to) {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = from; w <= to; w++) {
            csv.append(CPR).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        return csv.toString();
    }
}
