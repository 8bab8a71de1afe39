package dk.virkning.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.support.PlatformIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator scrapes: the business metrics on the management port's Prometheus endpoint,
 * without personal data in any label, the build and git information, and none of it on the API port.
 */
class ObservabilityIT extends PlatformIT {

    private static final String CPR = "0101901234";

    @LocalManagementPort
    private int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theManagementPortShowsTheBusinessMetricsAfterAWalk() throws Exception {
        String municipality = scenario.municipality();
        Organisation provider = scenario.organisation(OrganisationType.PROVIDER);
        Program program = scenario.nk1Program(municipality, provider, List.of(), 5);
        scenario.enroll(municipality, program, CPR, "2024-W01");
        new RegisterApi(client(tokens.admin(municipality)))
                .importStatuses(
                        municipality,
                        program.getId(),
                        "2024-W01",
                        "2024-W13",
                        "cpr,week,code\n" + CPR + ",2024-W01,SICKNESS_BENEFIT\n");
        String imports = "/api/v1/municipalities/" + municipality + "/programs/" + program.getId()
                + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W13";
        assertThat(send(
                                "POST",
                                imports,
                                tokens.admin(municipality),
                                "text/csv",
                                "cpr,week,code\n" + CPR + ",nonsense,X\n")
                        .statusCode())
                .isEqualTo(422);
        new SettlementsApi(client(tokens.admin(municipality)))
                .runSettlement(municipality, program.getId(), new SettlementRequest().period("2024-Q1"));
        assertThat(send("GET", "/api/v1/municipalities", null, null, null).statusCode())
                .isEqualTo(401);

        String scrape = management("/actuator/prometheus").body();

        assertThat(scrape)
                .contains("virkning_imports_total{")
                .containsPattern("virkning_imports_total\\{[^}]*outcome=\"accepted\"")
                .containsPattern("virkning_imports_total\\{[^}]*outcome=\"refused\"[^}]*reason=\"invalid-import\"")
                .containsPattern("virkning_import_rows_sum\\{[^}]*format=\"LONG\"")
                .containsPattern("virkning_import_duration_seconds_count\\{[^}]*format=\"LONG\"")
                .containsPattern("virkning_settlement_duration_seconds_count\\{[^}]*outcome=\"settled\"")
                .containsPattern("virkning_settlement_formula_duration_seconds_count\\{[^}]*plugin=\"sundinvest-nk1\"")
                .containsPattern("virkning_plugin_host_calls_seconds_count\\{[^}]*operation=\"evaluate\""
                        + "[^}]*outcome=\"ok\"[^}]*plugin=\"sundinvest-nk1\"")
                .containsPattern("virkning_plugin_host_starts_total\\{[^}]*plugin=\"sundinvest-nk1\"")
                .containsPattern("virkning_auth_failures_total\\{[^}]*reason=\"unauthorized\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*tenant=\"" + municipality + "\"")
                .doesNotContain(CPR)
                .doesNotContain(program.getId().toString());
    }

    @Test
    void infoCarriesTheBuildAndTheGitCommit() throws Exception {
        HttpResponse<String> info = management("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(info.body());
        assertThat(body.path("build").path("artifact").asString()).isEqualTo("platform");
        assertThat(body.path("build").path("version").asString()).isNotBlank();
        assertThat(body.path("git").path("commit").path("id").asString()).isNotBlank();
    }

    @Test
    void theApiPortServesTheProbesButNoMetrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(send("GET", "/livez", null, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/readyz", null, null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = send("GET", "/actuator/prometheus", null, null, null);
        assertThat(prometheus.statusCode()).isNotEqualTo(200);
        assertThat(prometheus.body()).doesNotContain("jvm_memory");
        assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
        // Only the endpoints meant for scraping are on the management port.
        assertThat(management("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> management(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
