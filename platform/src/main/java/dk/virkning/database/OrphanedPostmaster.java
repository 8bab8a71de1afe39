package dk.virkning.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL left running on the embedded data directory by a JVM that has died (after a
 * {@code kill -9} the server outlives the JVM and keeps its {@code postmaster.pid}, and the next
 * start fails) and shuts it down cleanly before the new start.
 *
 * <p>The server is only stopped when nothing alive owns the directory: the embedded library holds
 * an OS file lock ({@code epg-lock}) on it while its JVM runs, and the OS drops that lock when the
 * JVM dies. A {@code postmaster.pid} whose process id now belongs to another program is stale and is
 * removed, as PostgreSQL would otherwise refuse to start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String LOCK_FILE = "epg-lock";
    private static final long STOP_SECONDS = 60;

    private OrphanedPostmaster() {}

    /** Stops an orphaned server on the directory, if there is one; returns whether it stopped one. */
    static boolean stopIfAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        requireNoLiveOwner(dataDirectory);
        Optional<Long> pid = pidOf(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself recognises a lock file whose process has gone.
            return false;
        }
        ProcessHandle postmaster = process.get();
        Optional<String> command = postmaster.info().command();
        if (command.isEmpty()) {
            throw new IllegalStateException("postmaster.pid in " + dataDirectory.toAbsolutePath() + " names process "
                    + postmaster.pid() + ", which this user cannot inspect; stop it or remove the file");
        }
        if (!isPostgresOn(postmaster, command.get(), dataDirectory)) {
            log.warn(
                    "Removing a stale postmaster.pid in {}: its process id {} now belongs to {}",
                    dataDirectory.toAbsolutePath(),
                    postmaster.pid(),
                    command.get());
            Files.delete(pidFile);
            return false;
        }
        log.warn(
                "PostgreSQL (pid {}) is still running on {} although the process that started it has gone;"
                        + " shutting it down (fast: its sessions are dead) before starting again",
                postmaster.pid(),
                dataDirectory.toAbsolutePath());
        stop(postmaster, Path.of(command.get()), dataDirectory);
        return true;
    }

    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw inUse(dataDirectory);
            }
            held.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The embedded database directory " + dataDirectory.toAbsolutePath()
                + " is in use by another running instance; stop it first or choose another"
                + " virkning.database.embedded.data-directory");
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A postmaster runs the {@code postgres} binary with the data directory as its working directory. */
    private static boolean isPostgresOn(ProcessHandle process, String command, Path dataDirectory) throws IOException {
        if (!Path.of(command).getFileName().toString().equals("postgres")) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (Files.exists(cwd)) {
            return Files.isSameFile(cwd, dataDirectory);
        }
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        return process.info()
                .arguments()
                .map(args -> Arrays.asList(args).contains(directory))
                .orElse(false);
    }

    private static void stop(ProcessHandle postmaster, Path postgresBinary, Path dataDirectory) throws IOException {
        Path pgCtl = postgresBinary.resolveSibling("pg_ctl");
        if (Files.isExecutable(pgCtl)) {
            Process stop = new ProcessBuilder(DurableEmbeddedPostgres.command(
                            postgresBinary,
                            "pg_ctl",
                            "-D",
                            dataDirectory.toAbsolutePath().toString(),
                            "stop",
                            "-m",
                            "fast",
                            "-w",
                            "-t",
                            Long.toString(STOP_SECONDS)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            waitFor(stop, postmaster);
        } else {
            postmaster.destroy(); // SIGTERM: a smart shutdown, which ends at once as no session is left
        }
        try {
            postmaster.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not stop the orphaned PostgreSQL (pid " + postmaster.pid() + ") on "
                            + dataDirectory.toAbsolutePath() + "; stop it by hand",
                    e);
        }
        log.info("Stopped the orphaned PostgreSQL (pid {})", postmaster.pid());
    }

    private static void waitFor(Process stop, ProcessHandle postmaster) throws IOException {
        try {
            if (!stop.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
        }
    }
}
