package dk.virkning.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.PluginSummary;
import dk.virkning.client.model.SigningKeyCreate;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The install-time gate: a correctly signed plugin whose bytecode exits the JVM, halts it, reads
 * files, opens sockets, reflects, starts threads and forks processes is refused at upload with a 422
 * that names every use (class, member, what it uses), and nothing of it is stored or loaded.
 */
class PluginGateIT extends PlatformIT {

    /** The hostile fixture, which the build copies beside the misbehaving one (never into target/plugins). */
    static final Path HOSTILE = Path.of("target", "test-plugins", "hostile-plugin.jar");

    @Autowired
    private PluginArtifactStore artifacts;

    @Test
    void aSignedHostilePluginIsRefusedNamingEveryForbiddenUseAndNothingIsStored() throws Exception {
        Organisation provider = scenario.organisation(OrganisationType.PROVIDER);
        KeyPair key = SignedArtifacts.ed25519();
        new PluginsApi(client(tokens.operator()))
                .registerSigningKey(
                        provider.getId(),
                        new SigningKeyCreate()
                                .algorithm(SigningKeyCreate.AlgorithmEnum.ED25519)
                                .publicKey(SignedArtifacts.publicKey(key)));
        List<PluginSummary> before = new PluginsApi(client(tokens.operator())).listPlugins();
        byte[] artifact = Files.readAllBytes(HOSTILE);

        HttpResponse<String> response = sendBytes(
                "/api/v1/plugins",
                tokens.providerStaff(provider.getId()),
                artifact,
                Map.of("Plugin-Signature", SignedArtifacts.sign(key, artifact)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = ApiClient.createDefaultObjectMapper().readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:virkning:problem:plugin-refused");
        assertThat(problem.get("detail").asText()).contains("forbids", "nothing was installed");
        List<String> errors = new ArrayList<>();
        problem.get("errors")
                .forEach(e -> errors.add(
                        e.get("field").asText() + " " + e.get("message").asText()));
        String attacks = "dk.virkning.plugins.hostile.Attacks.";
        assertThat(errors)
                .contains(
                        attacks + "perform(Behaviour, String) uses java.lang.System.exit(int) (process-control)",
                        attacks + "perform(Behaviour, String) uses java.lang.Runtime.halt(int) (process-control)",
                        attacks + "perform(Behaviour, String) uses java.lang.System.getenv() (process-control)",
                        attacks
                                + "readFile(String) uses java.nio.file.Files.readString(Path, Charset) (file-network-io)",
                        attacks + "socket(String) uses java.net.Socket.connect(SocketAddress, int) (file-network-io)",
                        attacks + "threads(int) uses java.lang.Thread.start() (threads)",
                        attacks + "fork() uses java.lang.ProcessBuilder.start() (process-control)",
                        attacks + "flood() uses java.io.FileOutputStream.<init>(FileDescriptor) (file-network-io)",
                        "dk.virkning.plugins.hostile.Reflection.reachForTheCaller() uses"
                                + " java.lang.Class.forName(String, boolean, ClassLoader) (reflection)");
        assertThat(response.body()).doesNotContain("\tat ", "Caused by");

        assertThat(artifacts.find("hostile-plugin", "1.0.0")).isEmpty();
        assertThat(new PluginsApi(client(tokens.operator())).listPlugins())
                .hasSameSizeAs(before)
                .noneMatch(p -> p.getId().equals("hostile-plugin"));
    }
}
