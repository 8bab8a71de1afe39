package dk.virkning.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Program;
import dk.virkning.support.PlatformIT;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A hostile provider's plugin, loaded past the upload gate (as a bootstrap plugin from the test plugin
 * directory), attacks its host in every way the fixture knows. The sandbox and the host's limits hold:
 * the settlement fails with {@code formula-failed} or, where the attack found nothing to take, settles
 * the fixture's harmless 100.00 with nothing of the machine in it; nothing is written on failure;
 * another municipality settles at the same time; and no host process, thread or child outlives the
 * call. Run with {@code CI} set, the platform refuses to start without the bubblewrap sandbox.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "virkning.plugins.directory=target/test-plugins",
            "virkning.plugins.formula-timeout=5s",
            "virkning.plugins.host.heap=256m"
        })
class HostileContainmentIT extends PlatformIT {

    private static final String SECRET = "the-platform-secret-" + UUID.randomUUID();
    private static Path secretFile;

    @Autowired
    private HostPool hosts;

    @Autowired
    private HostLauncher launcher;

    @BeforeAll
    static void aSecretTheHostMustNotSee() throws Exception {
        // Readable by every local user: only the sandbox keeps it from the plugin.
        secretFile = Files.createTempFile("virkning-secret", ".txt");
        Files.writeString(secretFile, SECRET);
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void theHostsRunInTheOperatingSystemsSandbox() {
        assertThat(launcher.sandboxed())
                .as("bubblewrap must be installed (Debian package bubblewrap) for the containment tests")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EXIT, stopped during the call",
        "HALT, stopped during the call",
        "ALLOCATE, ''",
        "THREADS, left threads or processes running",
        "FORK, left threads or processes running",
        "SPIN, did not finish within 5 s",
        "FLOOD, ''",
        "HUGE_LINES, ''",
        "HUGE_TEXT, ''"
    })
    void anAttackOnTheHostFailsOnlyItsSettlementAndWritesNothing(String behaviour, String reason) throws Exception {
        String m = scenario.municipality();
        Program program = program(m, Map.of("behaviour", behaviour));
        String bystander = scenario.municipality();
        Program honest = program(bystander, Map.of("behaviour", "BEHAVE"));

        Instant started = Instant.now();
        CompletableFuture<HttpResponse<String>> alongside =
                CompletableFuture.supplyAsync(() -> settle(bystander, honest));
        HttpResponse<String> r = settle(m, program);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body())
                .contains("urn:virkning:problem:formula-failed")
                .contains(reason)
                .contains("nothing was settled");
        assertThat(r.body()).doesNotContain("Exception", "dk.virkning", "xxxxxxxxxx");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(new SettlementsApi(client(tokens.admin(m)))
                        .listStatements(m, program.getId(), 0, 10)
                        .getItems())
                .isEmpty();
        HttpResponse<String> other = alongside.get();
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        assertThat(other.body()).contains("\"earned\":\"100.00\"");
        assertNothingOutlivesTheCall();
    }

    @Test
    void aPluginReadsNoFileOfTheMachine() throws Exception {
        String text = settledText(Map.of("behaviour", "READ_FILE", "path", secretFile.toString()));
        assertThat(text).doesNotContain(SECRET).contains("reading " + secretFile + " failed");
        String passwd = settledText(Map.of("behaviour", "READ_FILE", "path", "/etc/passwd"));
        assertThat(passwd).doesNotContain("root:").contains("failed");
        assertNothingOutlivesTheCall();
    }

    @Test
    void aPluginSeesNoEnvironment() throws Exception {
        assertThat(settledText(Map.of("behaviour", "LIST_ENV"))).isEqualTo("{}");
    }

    @Test
    void aPluginReachesNoNetwork() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread listener = new Thread(() -> {
                try (Socket s = server.accept();
                        OutputStream out = s.getOutputStream()) {
                    accepted.incrementAndGet();
                    out.write(SECRET.getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    // the server closes when the test ends
                }
            });
            listener.setDaemon(true);
            listener.start();
            Map<String, Object> terms = new HashMap<>();
            terms.put("behaviour", "SOCKET");
            terms.put("host", "127.0.0.1");
            terms.put("port", server.getLocalPort());
            String text = settledText(terms);
            assertThat(text).doesNotContain(SECRET).contains("failed");
        }
        assertThat(accepted).hasValue(0);
    }

    @Test
    void aPluginFindsNeitherThePlatformNorItsDatabase() throws Exception {
        // What it finds is either refused (its text is longer than a statement line) or harmless.
        String m = scenario.municipality();
        Program program = program(m, Map.of("behaviour", "REFLECT"));
        HttpResponse<String> r = settle(m, program);
        String seen = r.body();
        if (r.statusCode() == 201) {
            seen = settledLine(m, program);
            assertThat(seen).contains("no org.springframework.context.ApplicationContext");
        } else {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(r.body()).contains("urn:virkning:problem:formula-failed");
        }
        assertThat(seen).doesNotContain("found org.springframework", "found com.zaxxer", "jdbc:", "virkning.tenant");
    }

    /** Settles a program of the hostile plugin whose attack yields only text, and returns the line's text. */
    private String settledText(Map<String, Object> terms) throws Exception {
        String m = scenario.municipality();
        Program program = program(m, terms);
        HttpResponse<String> r = settle(m, program);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return settledLine(m, program);
    }

    private String settledLine(String m, Program program) throws Exception {
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(m)));
        UUID statement = settlements
                .listStatements(m, program.getId(), 0, 1)
                .getItems()
                .get(0)
                .getId();
        return settlements
                .getStatement(m, program.getId(), statement)
                .getLines()
                .get(0)
                .getDescription();
    }

    private void assertNothingOutlivesTheCall() throws Exception {
        HostProcesses.assertNothingOutlivesTheCall(hosts);
    }

    private HttpResponse<String> settle(String m, Program program) {
        try {
            return send(
                    "POST",
                    "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statements",
                    tokens.admin(m),
                    "application/json",
                    "{\"period\":\"2024-Q1\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Program program(String m, Map<String, Object> terms) throws Exception {
        return scenario.fixtureProgram(m, "hostile-plugin", terms);
    }
}
