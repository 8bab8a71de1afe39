package dk.virkning.mission;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationCreate;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.PluginSummary;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.ProgramCreate;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatusImport;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole mission path, once, as the README shows it with curl: every step an API call through the
 * generated client, with a token from the embedded authorization server for the right role. Runs
 * with demo data on, so the start command's seeding is exercised too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "virkning.demo.enabled=true")
class MissionPathIT extends PlatformIT {

    private static final String SECRET = "demo-secret";

    @Test
    void municipalityProgramRunsFromReferralToAnInvestorsAggregatedStatement() throws Exception {
        // Operator: the demo municipalities exist; a new provider can be registered.
        String operator = tokenFor("operator");
        assertThat(new MunicipalitiesApi(client(operator))
                        .listMunicipalities(0, 50)
                        .getItems())
                .extracting(m -> m.getId())
                .contains("hedensted", "holbaek", "norddjurs", "koebenhavn");
        Organisation newProvider = new OrganisationsApi(client(operator))
                .createOrganisation(
                        new OrganisationCreate().name("E2E Provider ApS").type(OrganisationType.PROVIDER));
        assertThat(newProvider.getId()).isNotNull();

        // Municipality admin: picks provider and investor, and the installed plugin version.
        String admin = tokenFor("hedensted-admin");
        List<PluginSummary> plugins = new PluginsApi(client(admin)).listPlugins();
        assertThat(plugins)
                .extracting(PluginSummary::getId)
                .containsExactlyInAnyOrder(
                        "copenhagen-course-packages",
                        "dsi-mental-health-team",
                        "marselisborg-jobcoach",
                        "sundinvest-nk1");
        assertThat(new PluginsApi(client(admin))
                        .getPlugin("copenhagen-course-packages", Scenario.FIRST_PARTY_VERSION)
                        .getModel()
                        .getGuidancePackages())
                .hasSize(6);
        assertThat(plugins).anySatisfy(p -> {
            assertThat(p.getId()).isEqualTo("sundinvest-nk1");
            assertThat(p.getVersion()).isEqualTo(Scenario.FIRST_PARTY_VERSION);
            assertThat(p.getSha256()).hasSize(64);
        });
        Organisation sundInvest = byName(admin, OrganisationType.PROVIDER, "SundInvest");
        Organisation dsi = byName(admin, OrganisationType.INVESTOR, "Den Sociale Investeringsfond");
        // In demo mode the first-party plugins come through the signed upload path, signed by
        // their provider's demo key, never from the classpath or an unsigned directory.
        assertThat(plugins)
                .filteredOn(p ->
                        p.getId().equals("sundinvest-nk1") && p.getVersion().equals(Scenario.FIRST_PARTY_VERSION))
                .singleElement()
                .satisfies(p -> assertThat(p.getOrganisationId()).isEqualTo(sundInvest.getId()));
        Program program = new ProgramsApi(client(admin))
                .createProgram(
                        "hedensted",
                        new ProgramCreate()
                                .name("NK1 in Hedensted")
                                .providerId(sundInvest.getId())
                                .investorIds(List.of(dsi.getId()))
                                .pluginId("sundinvest-nk1")
                                .pluginVersion(Scenario.FIRST_PARTY_VERSION)
                                .terms(Scenario.nk1Terms())
                                .startDate(LocalDate.of(2024, 1, 1))
                                .capacity(10));

        // Caseworker: enrolls six citizens; only pseudonyms are stored.
        String caseworker = tokenFor("hedensted-caseworker");
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            participants.add(new ParticipantsApi(client(caseworker))
                    .enrollParticipant(
                            "hedensted",
                            program.getId(),
                            Scenario.consenting()
                                    .cpr(cpr(i))
                                    .targetGroup("MENTAL_ILLNESS")
                                    .startWeek("2024-W01")));
        }

        // Admin: imports the register's weekly statuses for the first quarter.
        StatusImport imported = new RegisterApi(client(admin))
                .importStatuses("hedensted", program.getId(), "2024-W01", "2024-W13", quarterOneCsv());
        assertThat(imported.getPersonsCovered()).isEqualTo(6);
        assertThat(imported.getPersonWeeks()).isEqualTo(6L * 13);

        // Admin: settles the quarter. Hand-computed with the NK1 formula (DOMAIN.md 6.3):
        // citizens 0-2: 4 benefit weeks, 9 self-supporting: (9*0.8 - 4*0.2) * 3000 * 0.6 = 11520.00 each
        // citizens 3-5: 13 benefit weeks: (-13*0.2) * 3000 * 0.6 = -4680.00 each
        // earned = 3*11520 - 3*4680 = 20520.00, due the same (first statement)
        Statement statement = new SettlementsApi(client(admin))
                .runSettlement(
                        "hedensted",
                        program.getId(),
                        new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(statement.getEarned()).isEqualTo("20520.00");
        assertThat(statement.getDue()).isEqualTo("20520.00");
        assertThat(statement.getPreviouslySettled()).isEqualTo("0.00");
        assertThat(statement.getPluginSha256())
                .isEqualTo(plugins.stream()
                        .filter(p -> p.getId().equals("sundinvest-nk1"))
                        .findFirst()
                        .orElseThrow()
                        .getSha256());
        assertThat(statement.getInputSha256()).hasSize(64);
        assertThat(statement.getStatementHash()).hasSize(64);
        assertThat(statement.getPreviousStatementHash()).isNull();
        assertThat(statement.getLines()).hasSize(6);
        assertThat(statement.getPending()).hasSize(6);

        // Investor analyst of the funding organisation: reads the statement, aggregated only.
        String analyst = tokenFor("dsi-analyst");
        // (DSI also funds the demo's Holbæk program; this program's statement is the only other one.)
        List<InvestorStatement> mine = new InvestorApi(client(analyst))
                .listInvestorStatements(0, 50).getItems().stream()
                        .filter(s -> !s.getMunicipalityId().equals("holbaek"))
                        .toList();
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.getMunicipalityName()).isEqualTo("Hedensted Kommune");
            assertThat(s.getEarned()).isEqualTo("20520.00");
            assertThat(s.getParticipants()).isEqualTo(6);
            assertThat(s.getOutcomes()).singleElement().satisfies(o -> {
                assertThat(o.getOutcome()).isEqualTo("SAVINGS");
                assertThat(o.getParticipants()).isEqualTo(6);
                assertThat(o.getAmount()).isEqualTo("20520.00");
            });
        });
        String raw = get("/api/v1/investor/statements/" + statement.getId(), analyst);
        participants.forEach(p -> assertThat(raw).doesNotContain(p.getId().toString()));

        // The other investor sees the seeded statements of the programs it funds (Norddjurs NK1 and
        // Hedensted's job coach), never this program's.
        List<InvestorStatement> effekt = new InvestorApi(client(tokenFor("effekt-analyst")))
                .listInvestorStatements(0, 50)
                .getItems();
        assertThat(effekt).hasSize(8).noneSatisfy(s -> assertThat(s.getProgramId())
                .isEqualTo(program.getId()));
        assertThat(effekt).extracting(InvestorStatement::getMunicipalityId).containsOnly("norddjurs", "hedensted");
    }

    @Test
    void demoDataHoldsTheNorddjursProgramWithFiftyParticipantsAndItsStatements() throws Exception {
        String admin = tokenFor("norddjurs-admin");
        List<Program> programs =
                new ProgramsApi(client(admin)).listPrograms("norddjurs", 0, 50).getItems();
        assertThat(programs).singleElement().satisfies(p -> {
            assertThat(p.getEnrolled()).isEqualTo(50);
            assertThat(p.getPluginId()).isEqualTo("sundinvest-nk1");
        });
        List<Statement> statements = new SettlementsApi(client(admin))
                .listStatements("norddjurs", programs.get(0).getId(), 0, 10)
                .getItems();
        assertThat(statements)
                .extracting(Statement::getPeriod)
                .extracting(p -> p.getLabel())
                .containsExactly("2022-Q4", "2022-Q3", "2022-Q2", "2022-Q1");
        // Issued; the municipality approved Q1..Q3 and has yet to decide on Q4.
        assertThat(statements)
                .extracting(s -> s.getStatus().getValue())
                .containsExactly("ISSUED", "APPROVED", "APPROVED", "APPROVED");
        // The statements form a hash chain, newest first.
        for (int i = 0; i < statements.size() - 1; i++) {
            assertThat(statements.get(i).getPreviousStatementHash())
                    .isEqualTo(statements.get(i + 1).getStatementHash());
        }
    }

    @Test
    void tokenEndpointRefusesAWrongSecret() throws Exception {
        HttpResponse<String> response = tokenResponse("operator", "wrong");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private Organisation byName(String token, OrganisationType type, String name) throws ApiException {
        return new OrganisationsApi(client(token))
                .listOrganisations(type, 0, 200).getItems().stream()
                        .filter(o -> o.getName().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    private static String cpr(int i) {
        return String.format("0101%02d%04d", 80 + i, 1000 + i);
    }

    private static String quarterOneCsv() {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int i = 0; i < 6; i++) {
            int benefitWeeks = i < 3 ? 4 : 13;
            for (int w = 1; w <= benefitWeeks; w++) {
                csv.append(cpr(i)).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
            }
        }
        return csv.toString();
    }

    private String tokenFor(String clientId) throws Exception {
        HttpResponse<String> response = tokenResponse(clientId, SECRET);
        assertThat(response.statusCode()).isEqualTo(200);
        Map<?, ?> body = JsonMapper.builder().build().readValue(response.body(), Map.class);
        return (String) body.get("access_token");
    }

    private HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path, String token) throws Exception {
        HttpResponse<String> response = send("GET", path, token, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
