package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.VirkningApplication;
import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationCreate;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.ProgramCreate;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.SigningKeyCreate;
import dk.virkning.client.model.Statement;
import dk.virkning.database.PostgresProvisioner;
import dk.virkning.plugin.SignedArtifacts;
import dk.virkning.shared.Sha256;
import dk.virkning.support.Scenario;
import dk.virkning.support.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Two platform instances, each with its own web server and caches, against one PostgreSQL (its own,
 * so the periodic settlement touches no other test's data): what one replica stores, the other uses.
 *
 * <p>Not covered here: a token issued by one replica's embedded authorization server accepted by
 * the other, which needs signing keys shared through the database (the identity issue); each
 * replica's own keys sign the tokens sent to it.
 */
class TwoReplicasIT {

    private static final String ROLE = "virkning_replicas";
    private static final String DATABASE = "virkning_replicas";

    private static EmbeddedPostgres postgres;
    private static Replica a;
    private static Replica b;

    record Replica(ConfigurableApplicationContext context, TestTokens tokens, String baseUri) {

        ApiClient client(String token) {
            ApiClient client = new ApiClient();
            client.updateBaseUri(baseUri);
            client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
            return client;
        }

        double periodicRuns() {
            var counter = context.getBean(MeterRegistry.class)
                    .find("virkning.settlement.periodic.runs")
                    .counter();
            return counter == null ? 0 : counter.count();
        }
    }

    @BeforeAll
    static void twoReplicas() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        PostgresProvisioner.provision(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", ROLE, ROLE, DATABASE);
        // Started one after the other, as a rolling deployment does: the second finds the schema migrated.
        a = start();
        b = start();
    }

    @AfterAll
    static void stop() throws Exception {
        for (Replica r : new Replica[] {a, b}) {
            if (r != null) {
                r.context().close();
            }
        }
        postgres.close();
    }

    private static Replica start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(VirkningApplication.class)

                // Command-line arguments: they override application.yaml (e.g. its management port).
                .run(
                        "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=" + ROLE,
                        "--spring.datasource.password=" + ROLE,
                        "--server.port=0",
                        "--management.server.port=0",
                        "--virkning.pseudonym.secret=two-replicas-pseudonym-secret",
                        // The schedule is driven by the test (below), not by the clock.
                        "--virkning.settlement.schedule.enabled=false",
                        "--virkning.plugins.directory=target/plugins",
                        "--virkning.auth.embedded.key-encryption-key=test-only-key-encryption-key",
                        "--virkning.auth.embedded.issuer=" + dk.virkning.support.PlatformIT.ISSUER);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Replica(
                context,
                new TestTokens(context.getBean(JwtEncoder.class), dk.virkning.support.PlatformIT.ISSUER),
                "http://localhost:" + port);
    }

    private static String url() {
        return postgres.getJdbcUrl(ROLE, DATABASE);
    }

    @Test
    void aPluginUploadedThroughOneIsUsedByASettlementOnTheOther() throws Exception {
        Organisation provider = organisation(a, OrganisationType.PROVIDER);
        KeyPair key = SignedArtifacts.ed25519();
        new PluginsApi(a.client(a.tokens().operator()))
                .registerSigningKey(
                        provider.getId(),
                        new SigningKeyCreate()
                                .algorithm(SigningKeyCreate.AlgorithmEnum.ED25519)
                                .publicKey(SignedArtifacts.publicKey(key)));
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.2.0"));
        // Raw bytes, as a provider's build uploads them.
        HttpResponse<String> installed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(a.baseUri() + "/api/v1/plugins"))
                                .header("Authorization", "Bearer " + a.tokens().providerStaff(provider.getId()))
                                .header("Content-Type", "application/octet-stream")
                                .header("Plugin-Signature", SignedArtifacts.sign(key, artifact))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(artifact))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);

        String m = municipality(b, "702");
        Program program = new ProgramsApi(b.client(b.tokens().admin(m)))
                .createProgram(
                        m,
                        new ProgramCreate()
                                .name("NK1 on the uploaded version")
                                .providerId(provider.getId())
                                .investorIds(List.of())
                                .pluginId("sundinvest-nk1")
                                .pluginVersion("1.2.0")
                                .terms(Scenario.nk1Terms())
                                .startDate(LocalDate.of(2024, 1, 1))
                                .capacity(5));
        enrollAndImport(b, m, program);
        Statement statement = new SettlementsApi(b.client(b.tokens().admin(m)))
                .runSettlement(m, program.getId(), new SettlementRequest().period("2024-Q1"));
        assertThat(statement.getPluginVersion()).isEqualTo("1.2.0");
        assertThat(statement.getPluginSha256()).isEqualTo(Sha256.hex(artifact));
    }

    @Test
    void aTokenSignedByOneIsAcceptedByTheOther() throws Exception {
        String m = municipality(a, "705");
        // Signed with A's key (kept in the shared database), presented to B, and the other way round.
        assertThat(new ProgramsApi(b.client(a.tokens().admin(m)))
                        .listPrograms(m, 0, 20)
                        .getItems())
                .isEmpty();
        assertThat(new ProgramsApi(a.client(b.tokens().admin(m)))
                        .listPrograms(m, 0, 20)
                        .getItems())
                .isEmpty();
    }

    @Test
    void aStatementDraftedOnOneIsIssuedOnTheOther() throws Exception {
        String m = municipality(a, "703");
        Program program = nk1Program(a, m);
        enrollAndImport(a, m, program);
        Statement draft = new SettlementsApi(a.client(a.tokens().admin(m)))
                .runSettlement(m, program.getId(), new SettlementRequest().period("2024-Q1"));
        assertThat(draft.getStatus().getValue()).isEqualTo("DRAFT");

        Statement issued =
                new SettlementsApi(b.client(b.tokens().admin(m))).issueStatement(m, program.getId(), draft.getId());
        assertThat(issued.getStatus().getValue()).isEqualTo("ISSUED");
        assertThat(new SettlementsApi(a.client(a.tokens().admin(m)))
                        .getStatement(m, program.getId(), draft.getId())
                        .getStatus()
                        .getValue())
                .isEqualTo("ISSUED");
    }

    @Test
    void theScheduledSettlementRunsOnceAcrossBothReplicas() throws Exception {
        String m = municipality(a, "704");
        Program program = nk1Program(a, m);
        enrollAndImport(a, m, program);
        PeriodicSettlement onA = a.context().getBean(PeriodicSettlement.class);
        PeriodicSettlement onB = b.context().getBean(PeriodicSettlement.class);
        double before = a.periodicRuns() + b.periodicRuns();

        // Both replicas' schedulers fire at the same moment.
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> runA = CompletableFuture.runAsync(() -> awaitThen(together, onA::run));
        CompletableFuture<Void> runB = CompletableFuture.runAsync(() -> awaitThen(together, onB::run));
        CompletableFuture.allOf(runA, runB).get();

        assertThat(a.periodicRuns() + b.periodicRuns() - before).isEqualTo(1);
        try (Connection c = DriverManager.getConnection(url());
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM shedlock WHERE name = 'periodic-settlement'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        List<Statement> drafts = new SettlementsApi(b.client(b.tokens().admin(m)))
                .listStatements(m, program.getId(), null, null)
                .getItems();
        assertThat(drafts).singleElement().satisfies(s -> assertThat(s.getCreatedBy())
                .isEqualTo(PeriodicSettlement.ACTOR));
    }

    private static void awaitThen(CyclicBarrier barrier, Runnable work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        work.run();
    }

    private static Organisation organisation(Replica r, OrganisationType type) throws ApiException {
        return new OrganisationsApi(r.client(r.tokens().operator()))
                .createOrganisation(new OrganisationCreate()
                        .name(type + " " + System.nanoTime())
                        .type(type));
    }

    private static String municipality(Replica r, String code) throws ApiException {
        String key = "replica" + code;
        new MunicipalitiesApi(r.client(r.tokens().operator()))
                .createMunicipality(
                        new MunicipalityCreate().id(key).name("Replica " + code).municipalityCode(code));
        return key;
    }

    private static Program nk1Program(Replica r, String m) throws ApiException {
        Organisation provider = organisation(r, OrganisationType.PROVIDER);
        return new ProgramsApi(r.client(r.tokens().admin(m)))
                .createProgram(
                        m,
                        new ProgramCreate()
                                .name("NK1 replicas")
                                .providerId(provider.getId())
                                .investorIds(List.of())
                                .pluginId("sundinvest-nk1")
                                .pluginVersion(Scenario.FIRST_PARTY_VERSION)
                                .terms(Scenario.nk1Terms())
                                .startDate(LocalDate.of(2024, 1, 1))
                                .capacity(5));
    }

    private static void enrollAndImport(Replica r, String m, Program program) throws ApiException {
        new dk.virkning.client.api.ParticipantsApi(r.client(r.tokens().caseworker(m)))
                .enrollParticipant(
                        m,
                        program.getId(),
                        Scenario.consenting()
                                .cpr("0101901234")
                                .targetGroup("MENTAL_ILLNESS")
                                .startWeek("2024-W01"));
        new RegisterApi(r.client(r.tokens().admin(m)))
                .importStatuses(
                        m,
                        program.getId(),
                        "2024-W01",
                        "2024-W13",
                        "cpr,week,code\n0101901234,2024-W01,SICKNESS_BENEFIT\n");
    }
}
