package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A settlement whose reading runs past its statement limit fails with a clear problem detail and
 * writes nothing: the draft it was to replace is still there, and the next attempt succeeds.
 */
@TestPropertySource(properties = "virkning.database.timeouts.settlement-statement=2s")
class SettlementTimeLimitIT extends PlatformIT {

    private static final String CPR = "0101902222";

    @Test
    void aSettlementPastItsLimitAnswersAProblemAndLeavesTheEarlierDraftAsItWas() throws Exception {
        String municipality = scenario.municipality();
        Program program =
                scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        scenario.enroll(municipality, program, CPR, "2024-W01");
        new RegisterApi(client(tokens.admin(municipality)))
                .importStatuses(
                        municipality,
                        program.getId(),
                        "2024-W01",
                        "2024-W13",
                        "cpr,week,code\n" + CPR + ",2024-W01,SICKNESS_BENEFIT\n");
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(municipality)));
        Statement draft =
                settlements.runSettlement(municipality, program.getId(), new SettlementRequest().period("2024-Q1"));
        String path = "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/statements";

        HttpResponse<String> response;
        long took;
        // Another session holds the status timelines: the settlement's read waits past its 2 s limit.
        try (Connection blocker =
                        DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.ROLE, TestDatabase.PASSWORD);
                java.sql.Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE status_timeline IN ACCESS EXCLUSIVE MODE");
            long started = System.nanoTime();
            response = send("POST", path, tokens.admin(municipality), "application/json", "{\"period\":\"2024-Q1\"}");
            took = (System.nanoTime() - started) / 1_000_000;
            blocker.rollback();
        }

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("urn:virkning:problem:time-limit-exceeded")
                .contains("nothing was written")
                .doesNotContainIgnoringCase("sql")
                .doesNotContain("statement timeout");
        assertThat(took).isBetween(1_500L, 15_000L);
        List<Statement> statements =
                settlements.listStatements(municipality, program.getId(), 0, 10).getItems();
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.getId()).isEqualTo(draft.getId());
            assertThat(s.getStatementHash()).isEqualTo(draft.getStatementHash());
        });

        Statement again =
                settlements.runSettlement(municipality, program.getId(), new SettlementRequest().period("2024-Q1"));
        assertThat(again.getInputSha256()).isEqualTo(draft.getInputSha256());
        assertThat(again.getEarned()).isEqualTo(draft.getEarned());
    }
}
