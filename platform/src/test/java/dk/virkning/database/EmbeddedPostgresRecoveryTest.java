package dk.virkning.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL runs durable, and a server left running on its data directory by a process
 * that has gone (what a {@code kill -9} of the JVM leaves) is stopped before the next start.
 */
class EmbeddedPostgresRecoveryTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theEmbeddedServerRunsWithFsyncFullPageWritesAndSynchronousCommit() throws Exception {
        try (EmbeddedPostgres postgres =
                        DurableEmbeddedPostgres.builder(dataDirectory, 0).start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "full_page_writes")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aServerWhoseStarterHasGoneIsStoppedAndTheNextStartSucceeds() throws Exception {
        Path postgresBinary;
        int port;
        try (EmbeddedPostgres postgres =
                DurableEmbeddedPostgres.builder(dataDirectory, 0).start()) {
            port = postgres.getPort();
            postgresBinary = Path.of(ProcessHandle.of(pidIn(dataDirectory))
                    .orElseThrow()
                    .info()
                    .command()
                    .orElseThrow());
        }
        // Start the server as pg_ctl does for the library, but with no JVM holding the directory's lock:
        // the state a kill -9 of the platform leaves behind.
        Process start = new ProcessBuilder(DurableEmbeddedPostgres.command(
                        postgresBinary, "pg_ctl", "-D", dataDirectory.toString(), "-o", "-p " + port, "-w", "start"))
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolveSibling("pg_ctl.log").toFile())
                .start();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(start.exitValue()).isZero();
        long orphan = pidIn(dataDirectory);
        assertThat(ProcessHandle.of(orphan))
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        assertThat(OrphanedPostmaster.stopIfAny(dataDirectory)).isTrue();

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        try (EmbeddedPostgres postgres =
                        DurableEmbeddedPostgres.builder(dataDirectory, port).start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aServerOfALiveInstanceIsNotTouched() throws Exception {
        try (EmbeddedPostgres postgres =
                DurableEmbeddedPostgres.builder(dataDirectory, 0).start()) {
            long pid = pidIn(dataDirectory);

            assertThatThrownBy(() -> OrphanedPostmaster.stopIfAny(dataDirectory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running instance");
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
        }
    }

    @Test
    void aPidFileOfAnotherProgramIsStaleAndRemoved() throws Exception {
        Files.writeString(
                dataDirectory.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDirectory + "\n",
                StandardCharsets.US_ASCII);

        assertThat(OrphanedPostmaster.stopIfAny(dataDirectory)).isFalse();

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    private static long pidIn(Path dataDirectory) throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
