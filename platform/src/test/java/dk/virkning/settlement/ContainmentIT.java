package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.PendingKind;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A formula that throws, never returns or returns an invalid result fails that one settlement with a
 * clear problem, writes nothing and leaves the platform serving. Uses a misbehaving fixture plugin
 * from the test plugin directory, with a 2 s limit per formula.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"virkning.plugins.directory=target/test-plugins", "virkning.plugins.formula-timeout=2s"})
class ContainmentIT extends PlatformIT {

    @ParameterizedTest
    @CsvSource({
        "THROW, refused the input: the terms make no sense to this formula",
        "CRASH, failed unexpectedly",
        "HANG, did not finish within 2 s",
        "BAD_SCALE, more than 2 decimals",
        "UNBALANCED, do not add up",
        "STRANGER, unknown participant",
        "NEGATIVE_OPEN, open amount that is negative"
    })
    void aMisbehavingFormulaFailsOnlyItsSettlementAndWritesNothing(String mode, String reason) throws Exception {
        String m = scenario.municipality();
        Program program = program(m, mode);
        String statements = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statements";

        Instant started = Instant.now();
        HttpResponse<String> r =
                send("POST", statements, tokens.admin(m), "application/json", "{\"period\":\"2024-Q1\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body())
                .contains("urn:virkning:problem:formula-failed")
                .contains(reason)
                .contains("nothing was settled");
        assertThat(r.body()).doesNotContain("secret details", "Exception", "dk.virkning");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(new SettlementsApi(client(tokens.admin(m)))
                        .listStatements(m, program.getId(), 0, 10)
                        .getItems())
                .isEmpty();
    }

    @Test
    void thePlatformKeepsServingAndAWellBehavedFormulaStillSettles() throws Exception {
        String m = scenario.municipality();
        Program hanging = program(m, "HANG");
        send(
                "POST",
                "/api/v1/municipalities/" + m + "/programs/" + hanging.getId() + "/statements",
                tokens.admin(m),
                "application/json",
                "{\"period\":\"2024-Q1\"}");
        Program good = program(m, "BEHAVE");
        assertThat(new SettlementsApi(client(tokens.admin(m)))
                        .runSettlement(
                                m, good.getId(), new dk.virkning.client.model.SettlementRequest().period("2024-Q1"))
                        .getEarned())
                .isEqualTo("100.00");
    }

    @Test
    void aPendingOutcomeOfAPluginBuiltForApi10IsUnspecifiedWithoutAnAmountAndItsStatementVerifies() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "PENDING_1_0");
        SettlementsApi api = new SettlementsApi(client(tokens.admin(m)));

        Statement issued = api.runSettlement(
                m, program.getId(), new SettlementRequest().period("2024-Q1").issue(true));
        Statement shown = api.getStatement(m, program.getId(), issued.getId());

        assertThat(shown.getPending()).singleElement().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(PendingKind.UNSPECIFIED);
            assertThat(p.getOpenAmount()).isNull();
        });
        assertThat(shown.getOpenAmounts()).singleElement().satisfies(o -> {
            assertThat(o.getKind()).isEqualTo(PendingKind.UNSPECIFIED);
            assertThat(o.getPending()).isEqualTo(1);
            assertThat(o.getAmount()).isEqualTo("0.00");
            assertThat(o.getUnbounded()).isEqualTo(1);
        });
        assertThat(api.verifyStatement(m, program.getId(), issued.getId()).getMatches())
                .isTrue();
    }

    private Program program(String m, String mode) throws Exception {
        return scenario.fixtureProgram(m, "misbehaving-plugin", Map.of("mode", mode));
    }
}
