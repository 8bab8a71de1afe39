package dk.virkning.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.PluginAvailability;
import dk.virkning.client.model.PluginSummary;
import dk.virkning.client.model.PluginVersionMove;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.SigningKeyCreate;
import dk.virkning.client.model.Statement;
import dk.virkning.shared.Sha256;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Installing plugin versions at runtime: signed by the provider's registered key, checked against the
 * plugin API, stored in PostgreSQL, loaded without a restart beside earlier versions, pinned by
 * programs and moved on record. Every kind of bad artifact is refused with its reason.
 */
class PluginInstallIT extends PlatformIT {

    @org.springframework.beans.factory.annotation.Autowired
    private PluginArtifactStore artifacts;

    @org.springframework.beans.factory.annotation.Autowired
    private HostPool hosts;

    private Organisation provider;
    private KeyPair key;

    @BeforeEach
    void provider() throws Exception {
        provider = scenario.organisation(OrganisationType.PROVIDER);
        key = SignedArtifacts.ed25519();
        new PluginsApi(client(tokens.operator()))
                .registerSigningKey(
                        provider.getId(),
                        new SigningKeyCreate()
                                .algorithm(SigningKeyCreate.AlgorithmEnum.ED25519)
                                .publicKey(SignedArtifacts.publicKey(key)));
        assertThat(new PluginsApi(client(tokens.operator())).listSigningKeys(provider.getId()))
                .singleElement()
                .satisfies(k -> assertThat(k.getFingerprint())
                        .isEqualTo(Sha256.hex(key.getPublic().getEncoded())));
    }

    @Test
    void aSignedNewVersionLoadsBesideTheOldAndAProgramMovesToItOnRecord() throws Exception {
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.10.0"));
        PluginSummary installed = install(artifact, SignedArtifacts.sign(key, artifact));
        assertThat(installed.getVersion()).isEqualTo("1.10.0");
        assertThat(installed.getSha256()).isEqualTo(Sha256.hex(artifact));
        assertThat(installed.getOrganisationId()).isEqualTo(provider.getId());
        assertThat(installed.getEnabled()).isTrue();
        assertThat(new PluginsApi(client(tokens.operator())).listPlugins())
                .filteredOn(p -> p.getId().equals("sundinvest-nk1"))
                .extracting(PluginSummary::getVersion)
                .contains(Scenario.FIRST_PARTY_VERSION, "1.10.0");

        String m = scenario.municipality();
        Program program = scenario.nk1Program(m, provider, List.of(), 5);
        scenario.enroll(m, program, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W26", "cpr,week,code\n0101901111,,\n");
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(m)));
        Statement q1 = settlements.runSettlement(
                m, program.getId(), new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(q1.getPluginVersion()).isEqualTo(Scenario.FIRST_PARTY_VERSION);

        Program moved = new ProgramsApi(client(tokens.admin(m)))
                .moveProgramPluginVersion(
                        m,
                        program.getId(),
                        new PluginVersionMove().version("1.10.0").reason("Provider fixed the rounding of a line"));
        assertThat(moved.getPluginVersion()).isEqualTo("1.10.0");
        Statement q2 = settlements.runSettlement(
                m, program.getId(), new SettlementRequest().period("2024-Q2").issue(true));
        assertThat(q2.getPluginVersion()).isEqualTo("1.10.0");
        assertThat(q2.getPluginSha256()).isEqualTo(Sha256.hex(artifact));
        assertThat(settlements.getStatement(m, program.getId(), q1.getId()).getPluginVersion())
                .isEqualTo(Scenario.FIRST_PARTY_VERSION);
    }

    @Test
    void anotherReplicaOrARestartLoadsAnUploadedVersionFromTheDatabase() throws Exception {
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.9.0"));
        install(artifact, SignedArtifacts.sign(key, artifact));
        // A registry as a second replica (or this one after a restart) builds it: nothing in memory,
        // no plugin directory; only the database.
        try (PluginRegistry replica = new PluginRegistry(
                new PluginProperties(java.nio.file.Path.of("target", "no-such-directory"), null, null),
                artifacts,
                hosts,
                false)) {
            InstalledPlugin loaded = replica.find("sundinvest-nk1", "1.9.0").orElseThrow();
            assertThat(loaded.sha256()).isEqualTo(Sha256.hex(artifact));
            assertThat(loaded.organisation()).isEqualTo(provider.getId());
            assertThat(loaded.model().targetGroups()).isNotEmpty();
        }
    }

    @Test
    void anInstalledVersionCannotBeInstalledAgain() throws Exception {
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.4.0"));
        install(artifact, SignedArtifacts.sign(key, artifact));
        assertRefused(artifact, SignedArtifacts.sign(key, artifact), 409, "installed already");
        byte[] bootstrapVersion = SignedArtifacts.nk1With(Map.of());
        assertRefused(bootstrapVersion, SignedArtifacts.sign(key, bootstrapVersion), 409, "installed already");
    }

    @Test
    void badArtifactsAreRefusedWithTheirReasonAndNothingIsInstalled() throws Exception {
        int before = new PluginsApi(client(tokens.operator())).listPlugins().size();
        byte[] good = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.5.0"));

        // Unsigned: no signature header at all, or an empty signature.
        HttpResponse<String> unsigned = upload(good, null);
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("Plugin-Signature");
        assertRefused(good, "", 422, "not signed");
        // Signed with another organisation's key.
        KeyPair stranger = SignedArtifacts.ed25519();
        assertRefused(good, SignedArtifacts.sign(stranger, good), 422, "does not verify");
        // Tampered after signing.
        String signature = SignedArtifacts.sign(key, good);
        byte[] tampered = good.clone();
        tampered[tampered.length / 2] ^= 1;
        assertRefused(tampered, signature, 422, "does not verify");
        // Built for another major version of the plugin API.
        byte[] incompatible = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.6.0", "Plugin-Requires", "^2.0"));
        assertRefused(incompatible, SignedArtifacts.sign(key, incompatible), 422, "requires plugin API ^2.0");
        // Not a PF4J plugin: no plugin id, or not even a jar.
        byte[] noId = SignedArtifacts.nk1With(new HashMap<>(Map.of("Plugin-Version", "1.7.0")) {
            {
                put("Plugin-Id", null);
            }
        });
        assertRefused(noId, SignedArtifacts.sign(key, noId), 422, "not a PF4J plugin");
        byte[] notAJar = "just some bytes".getBytes();
        assertRefused(notAJar, SignedArtifacts.sign(key, notAJar), 422, "PF4J plugin");

        assertThat(new PluginsApi(client(tokens.operator())).listPlugins()).hasSize(before);
    }

    @Test
    void aDisabledVersionServesItsProgramsButNoNewOnes() throws Exception {
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.3.0"));
        install(artifact, SignedArtifacts.sign(key, artifact));
        String m = scenario.municipality();
        Program pinned = program(m, "1.3.0");
        PluginsApi operator = new PluginsApi(client(tokens.operator()));
        assertThat(operator.setPluginAvailability("sundinvest-nk1", "1.3.0", new PluginAvailability().enabled(false))
                        .getEnabled())
                .isFalse();

        HttpResponse<String> refused = send(
                "POST",
                "/api/v1/municipalities/" + m + "/programs",
                tokens.admin(m),
                "application/json",
                "{\"name\":\"x\",\"providerId\":\"" + provider.getId() + "\",\"pluginId\":"
                        + "\"sundinvest-nk1\",\"pluginVersion\":\"1.3.0\",\"terms\":{\"baselineBenefitShare\":0.8,"
                        + "\"weeklyNetCost\":3000,\"measurementWeeks\":52,\"savingsShare\":0.6,"
                        + "\"maxTotalPayment\":2000000},\"startDate\":\"2024-01-01\",\"capacity\":5}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("disabled for new programs");

        scenario.enroll(m, pinned, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, pinned.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        assertThat(new SettlementsApi(client(tokens.admin(m)))
                        .runSettlement(m, pinned.getId(), new SettlementRequest().period("2024-Q1"))
                        .getPluginVersion())
                .isEqualTo("1.3.0");
    }

    @Test
    void onlyProviderStaffInstallAndOnlyOperatorsManageKeysAndAvailability() throws Exception {
        byte[] artifact = SignedArtifacts.nk1With(Map.of("Plugin-Version", "1.8.0"));
        assertThat(sendBytes(
                                "/api/v1/plugins",
                                tokens.caseworker("x"),
                                artifact,
                                Map.of("Plugin-Signature", SignedArtifacts.sign(key, artifact)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "PUT",
                                "/api/v1/plugins/sundinvest-nk1/versions/" + Scenario.FIRST_PARTY_VERSION
                                        + "/availability",
                                tokens.providerStaff(provider.getId()),
                                "application/json",
                                "{\"enabled\":false}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/v1/organisations/" + provider.getId() + "/signing-keys",
                                tokens.providerStaff(provider.getId()),
                                "application/json",
                                "{\"algorithm\":\"Ed25519\",\"publicKey\":\"" + SignedArtifacts.publicKey(key) + "\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "PUT",
                                "/api/v1/plugins/sundinvest-nk1/versions/" + Scenario.FIRST_PARTY_VERSION
                                        + "/availability",
                                tokens.operator(),
                                "application/json",
                                "{\"enabled\":false}")
                        .statusCode())
                .as("bootstrap plugins are managed by the deployment")
                .isEqualTo(409);
    }

    private Program program(String m, String version) throws ApiException {
        return new ProgramsApi(client(tokens.admin(m)))
                .createProgram(
                        m,
                        new dk.virkning.client.model.ProgramCreate()
                                .name("NK1 " + version)
                                .providerId(provider.getId())
                                .investorIds(List.of())
                                .pluginId("sundinvest-nk1")
                                .pluginVersion(version)
                                .terms(dk.virkning.support.Scenario.nk1Terms())
                                .startDate(java.time.LocalDate.of(2024, 1, 1))
                                .capacity(5));
    }

    /**
     * Uploads over raw HTTP: the generated java.net.http client serialises a binary body as JSON, so it
     * cannot upload an artifact (an OpenAPI Generator limitation); curl --data-binary can.
     */
    private HttpResponse<String> upload(byte[] artifact, String signature) throws Exception {
        return sendBytes(
                "/api/v1/plugins",
                tokens.providerStaff(provider.getId()),
                artifact,
                signature == null ? Map.of() : Map.of("Plugin-Signature", signature));
    }

    private PluginSummary install(byte[] artifact, String signature) throws Exception {
        HttpResponse<String> response = upload(artifact, signature);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(response.body(), PluginSummary.class);
    }

    private void assertRefused(byte[] artifact, String signature, int status, String reason) throws Exception {
        HttpResponse<String> response = upload(artifact, signature);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(reason).doesNotContain("Exception", "dk.virkning");
    }
}
