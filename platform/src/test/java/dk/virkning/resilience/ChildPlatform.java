package dk.virkning.resilience;

import dk.virkning.database.DurableEmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The packaged platform ({@code target/virkning-platform.jar}, what the README starts) as a child
 * process of the test on its own embedded PostgreSQL data directory, so that a test can {@code kill
 * -9} it, start it again on the same data, and stop, restart or freeze its database. Loopback only.
 */
final class ChildPlatform implements AutoCloseable {

    static final String SECRET = "fault-injection-secret";
    static final String PSEUDONYM_SECRET = "fault-injection-pseudonym-secret";
    static final String OPERATOR = "fault-operator";
    static final String ADMIN = "fault-admin";

    private static final String ENCODED = new BCryptPasswordEncoder().encode(SECRET);
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;
    private final String municipality;
    private final int httpPort;
    private final int databasePort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    ChildPlatform(Path home, String municipality) throws IOException {
        this.home = home.toAbsolutePath();
        this.municipality = municipality;
        this.httpPort = freePort();
        this.databasePort = freePort();
        Files.createDirectories(home.resolve("work"));
    }

    Path dataDirectory() {
        return home.resolve("data").resolve("postgres");
    }

    String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the platform and waits until it is ready; fails with the end of its log otherwise. */
    void start(Duration within) throws Exception {
        starts++;
        Path log = home.resolve("platform-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                Path.of("target", "virkning-platform.jar").toAbsolutePath().toString(),
                "--server.port=" + httpPort,
                "--server.address=127.0.0.1",
                "--virkning.database.embedded.data-directory=" + dataDirectory(),
                "--virkning.database.embedded.port=" + databasePort,
                "--virkning.plugins.directory=" + Path.of("target", "plugins").toAbsolutePath(),
                "--virkning.pseudonym.secret=" + PSEUDONYM_SECRET,
                "--virkning.settlement.schedule.enabled=false",
                // The actuator has its own port (8081 by default); the probes stay on the API port.
                "--management.server.port=0",
                "--spring.main.banner-mode=off"));
        command.addAll(client(0, OPERATOR, "PLATFORM_OPERATOR", null));
        command.addAll(client(1, ADMIN, "MUNICIPALITY_ADMIN", municipality));
        command.add("--virkning.auth.clients[1].roles[1]=CASEWORKER");
        process = new ProcessBuilder(command)
                .directory(home.resolve("work").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "start " + starts + " of the platform exited with " + process.exitValue() + ":\n" + tail(log));
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "start " + starts + " of the platform was not ready within " + within + ":\n" + tail(log));
    }

    private static List<String> client(int i, String id, String role, String tenant) {
        List<String> args = new ArrayList<>(List.of(
                "--virkning.auth.clients[" + i + "].id=" + id,
                // bcrypt: with {noop} the authorization server wants to re-encode the secret and save it.
                "--virkning.auth.clients[" + i + "].secret={bcrypt}" + ENCODED,
                "--virkning.auth.clients[" + i + "].roles[0]=" + role));
        if (tenant != null) {
            args.add("--virkning.auth.clients[" + i + "].tenant=" + tenant);
        }
        return args;
    }

    /** {@code kill -9} of the platform's JVM; its PostgreSQL is left running, as after a real crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the platform did not die on SIGKILL");
        }
    }

    /** A graceful stop (SIGTERM), which also stops the embedded PostgreSQL. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        // Whatever is left on the data directory (after a kill): stopped the way the platform would.
        if (Files.exists(dataDirectory().resolve("postmaster.pid"))) {
            postgres("stop", "-m", "immediate", "-w");
        }
    }

    /** The readiness probe's status, or -1 when nothing answers. */
    int readiness() {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(baseUri() + "/readyz"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A token of a configured client from the platform's own authorization server. */
    String token(String clientId) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + "/oauth2/token"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new AssertionError("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    /** The PostgreSQL superuser on the platform's embedded server: sees every tenant's rows. */
    Connection superuser() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + databasePort + "/virkning?user=postgres&connectTimeout=5");
    }

    /** The application's role, as the platform connects (row-level security applies). */
    String applicationUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/virkning";
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    /** The postmaster and all its children (backends, checkpointer, ...). */
    List<Long> databaseProcesses() throws IOException {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster.pid());
        postmaster.descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Sends a signal ({@code STOP}, {@code CONT}) to every database process. */
    void signalDatabase(String signal) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        databaseProcesses().forEach(pid -> command.add(Long.toString(pid)));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + signal + " failed");
        }
    }

    /** Stops the database under the running platform (fast shutdown: sessions are cut). */
    void stopDatabase() throws Exception {
        options = Files.readString(dataDirectory().resolve("postmaster.opts")).trim();
        binary = Path.of(
                ProcessHandle.of(postmasterPid()).orElseThrow().info().command().orElseThrow());
        postgres("stop", "-m", "fast", "-w");
    }

    /** Starts the database again with the options the platform started it with. */
    void startDatabase() throws Exception {
        // postmaster.opts: the binary, then its quoted arguments.
        String arguments = options.substring(options.indexOf(' ') + 1);
        postgres("start", "-w", "-l", home.resolve("postgres-restart.log").toString(), "-o", arguments);
    }

    private String options;
    private Path binary;

    private void postgres(String... arguments) throws Exception {
        Path postgresBinary = binary != null ? binary : locateBinary();
        if (postgresBinary == null) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("-D", dataDirectory().toString()));
        args.addAll(List.of(arguments));
        Process pgCtl = new ProcessBuilder(
                        DurableEmbeddedPostgres.command(postgresBinary, "pg_ctl", args.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("pg_ctl.log").toFile()))
                .start();
        if (!pgCtl.waitFor(90, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
            throw new AssertionError(
                    "pg_ctl " + String.join(" ", arguments) + " failed: " + tail(home.resolve("pg_ctl.log")));
        }
    }

    private Path locateBinary() throws IOException {
        try {
            return ProcessHandle.of(postmasterPid())
                    .flatMap(p -> p.info().command())
                    .map(Path::of)
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
