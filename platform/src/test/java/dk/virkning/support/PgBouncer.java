package dk.virkning.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PgBouncer (the Debian package's binary) in transaction pooling mode in front of the test
 * PostgreSQL, on a free port, with one server connection per database and user: every client
 * transaction gets whichever server connection is free, so anything a transaction leaves on its
 * server session is seen by some later client's transaction. A second database alias, {@link
 * #SINGLE_SESSION}, has exactly one server connection, so every client shares one session. Started
 * once per test JVM.
 */
public final class PgBouncer {

    private static final Path BINARY = Path.of(System.getProperty("pgbouncer.binary", "/usr/sbin/pgbouncer"));
    /** The alias of the test database through PgBouncer with a single server connection. */
    public static final String SINGLE_SESSION = "virkning_single";

    private static String jdbcUrl;

    private PgBouncer() {}

    /** The JDBC URL of the test database through PgBouncer, starting it on first use. */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = start(TestDatabase.jdbcUrl());
        }
        return jdbcUrl;
    }

    /** The JDBC URL of the single-session alias of the test database through PgBouncer. */
    public static String singleSessionJdbcUrl() {
        return jdbcUrl().replace("/" + TestDatabase.DATABASE + "?", "/" + SINGLE_SESSION + "?");
    }

    private static String start(String databaseUrl) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(
                    "PgBouncer is needed at " + BINARY + " (Debian package pgbouncer; .ci/run installs it)");
        }
        try {
            URI server = URI.create(databaseUrl.substring("jdbc:".length()));
            int port = freePort();
            Path dir = Files.createTempDirectory("pgbouncer");
            Path users = dir.resolve("users.txt");
            Files.writeString(users, "\"" + TestDatabase.ROLE + "\" \"" + TestDatabase.PASSWORD + "\"\n");
            Path ini = dir.resolve("pgbouncer.ini");
            Files.writeString(
                    ini,
                    String.join(
                            "\n",
                            "[databases]",
                            TestDatabase.DATABASE + " = host=" + server.getHost() + " port=" + server.getPort()
                                    + " dbname=" + TestDatabase.DATABASE,
                            // One server session for every client: the sharpest test of leaks.
                            SINGLE_SESSION + " = host=" + server.getHost() + " port=" + server.getPort() + " dbname="
                                    + TestDatabase.DATABASE + " pool_size=1",
                            "[pgbouncer]",
                            "listen_addr = 127.0.0.1",
                            "listen_port = " + port,
                            "unix_socket_dir =",
                            "auth_type = md5",
                            "auth_file = " + users,
                            "pool_mode = transaction",
                            "default_pool_size = 4",
                            "max_client_conn = 200",
                            "server_reset_query =",
                            "ignore_startup_parameters = extra_float_digits,options",
                            "logfile = " + dir.resolve("pgbouncer.log"),
                            ""));
            List<String> command = new ArrayList<>(List.of(BINARY.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                // PgBouncer refuses to run as root; its files must be readable by the user it becomes.
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
                command.addAll(List.of("-u", "nobody"));
            }
            command.add(ini.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitListening(port, process, dir);
            // Server-side prepared statements do not survive transaction pooling in PgBouncer 1.18
            // (a statement prepared on one server connection is unknown on the next): plain queries.
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + TestDatabase.DATABASE + "?prepareThreshold=0";
        } catch (IOException e) {
            throw new IllegalStateException("could not start PgBouncer", e);
        }
    }

    private static void awaitListening(int port, Process process, Path dir) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer exited: " + Files.readString(dir.resolve("stdout.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while PgBouncer started", e);
                }
            }
        }
        throw new IllegalStateException("PgBouncer did not listen on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
