package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.ProgramCreate;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        "STRANGER, unknown participant"
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

    private Program program(String m, String mode) throws Exception {
        Program program = new ProgramsApi(client(tokens.admin(m)))
                .createProgram(
                        m,
                        new ProgramCreate()
                                .name("misbehaving " + mode)
                                .providerId(scenario.organisation(OrganisationType.PROVIDER)
                                        .getId())
                                .investorIds(List.of())
                                .pluginId("misbehaving-plugin")
                                .pluginVersion("1.0.0")
                                .terms(Map.of("mode", mode))
                                .startDate(LocalDate.of(2024, 1, 1))
                                .capacity(5));
        new ParticipantsApi(client(tokens.caseworker(m)))
                .enrollParticipant(
                        m,
                        program.getId(),
                        Scenario.consenting()
                                .cpr("0101901111")
                                .targetGroup("ANYONE")
                                .startWeek("2024-W01"));
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n");
        return program;
    }
}
