package dk.virkning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's PgBouncer in front of the tests' PostgreSQL, in transaction pooling mode: consecutive
 * transactions of one client connection may run on different server sessions, and one server session
 * serves many clients. Two pools over the same database: {@link #APPLICATION} with a few server
 * connections for a whole application, and {@link #SHARED} with exactly one, so that every client of
 * it shares one server session and any setting that outlives a transaction is seen by the next client.
 * One PgBouncer per test JVM; skipped where it is not installed, except under CI.
 */
public final class PgBouncer {

    public static final String APPLICATION = "virkning_pooled";
    public static final String SHARED = "virkning_shared";

    /** Server connections of the application's pool: a settlement reads on two at once. */
    public static final int APPLICATION_SERVERS = 3;

    private static final String BINARY = "/usr/sbin/pgbouncer";
    private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

    private static int port;

    private PgBouncer() {}

    /**
     * The JDBC URL of one pool. Server-side prepared statements are off ({@code prepareThreshold=0}):
     * PgBouncer 1.18 cannot carry a named statement from one server session to another.
     */
    public static synchronized String jdbcUrl(String pool) {
        if (port == 0) {
            port = start();
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + pool + "?prepareThreshold=0";
    }

    /** A connection of the application's role through one pool, with nothing set. */
    public static Connection connect(String pool) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(pool), TestDatabase.ROLE, TestDatabase.PASSWORD);
    }

    /** Skips the calling test where PgBouncer is not installed; under CI it fails instead. */
    public static void requireInstalled() {
        boolean installed = new File(BINARY).canExecute();
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("CI runs the pooler tests: install pgbouncer")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "pgbouncer is not installed");
    }

    private static int start() {
        requireInstalled();
        Matcher server = HOST_PORT.matcher(TestDatabase.jdbcUrl());
        if (!server.find()) {
            throw new IllegalStateException("no host and port in the test database's URL");
        }
        try {
            Path dir = Files.createTempDirectory("virkning-pgbouncer-");
            // PgBouncer refuses to run as root; as root it is started as nobody, who must write here.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            int listen = freePort();
            String target = "host=" + server.group(1) + " port=" + server.group(2) + " dbname=" + TestDatabase.DATABASE;
            Files.writeString(
                    dir.resolve("users.txt"), "\"" + TestDatabase.ROLE + "\" \"" + TestDatabase.PASSWORD + "\"\n");
            Files.writeString(
                    dir.resolve("pgbouncer.ini"),
                    String.join(
                            "\n",
                            List.of(
                                    "[databases]",
                                    APPLICATION + " = " + target + " pool_size=" + APPLICATION_SERVERS,
                                    SHARED + " = " + target + " pool_size=1",
                                    "[pgbouncer]",
                                    "listen_addr = 127.0.0.1",
                                    "listen_port = " + listen,
                                    "unix_socket_dir =",
                                    "auth_type = trust",
                                    "auth_file = " + dir.resolve("users.txt"),
                                    "pool_mode = transaction",
                                    "max_client_conn = 500",
                                    // As in production behind a pooler: the driver's options (the default statement
                                    // timeout) are dropped; the role's own default applies there (README).
                                    "ignore_startup_parameters = extra_float_digits,options",
                                    "logfile = " + dir.resolve("pgbouncer.log"),
                                    "pidfile = " + dir.resolve("pgbouncer.pid"),
                                    "")));
            ProcessBuilder command = "root".equals(System.getProperty("user.name"))
                    ? new ProcessBuilder(
                            BINARY, "-u", "nobody", dir.resolve("pgbouncer.ini").toString())
                    : new ProcessBuilder(BINARY, dir.resolve("pgbouncer.ini").toString());
            Process process = command.redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.txt").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitReady(listen, process, dir);
            return listen;
        } catch (IOException e) {
            throw new IllegalStateException("could not start PgBouncer", e);
        }
    }

    private static void awaitReady(int listen, Process process, Path dir) throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + listen + "/" + SHARED + "?prepareThreshold=0";
        long deadline = System.nanoTime() + 20_000_000_000L;
        SQLException last = null;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Connection c = DriverManager.getConnection(url, TestDatabase.ROLE, TestDatabase.PASSWORD)) {
                c.createStatement().execute("SELECT 1");
                return;
            } catch (SQLException e) {
                last = e;
                sleep();
            }
        }
        String log = Files.exists(dir.resolve("pgbouncer.log")) ? Files.readString(dir.resolve("pgbouncer.log")) : "";
        throw new IllegalStateException(
                "PgBouncer did not accept connections: " + Files.readString(dir.resolve("stdout.txt")) + log, last);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
