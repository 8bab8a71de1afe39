package dk.virkning.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.benchmark.BenchmarkDatabase;
import dk.virkning.benchmark.SyntheticCohort;
import dk.virkning.participant.ParticipantFixtures;
import dk.virkning.spi.IsoWeek;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the platform's JVM in the middle of a large import and in the middle of a
 * settlement, each followed by one restart on the same data directory. The first restart succeeds
 * (the PostgreSQL the dead JVM left running is shut down first), nothing of the interrupted work is
 * left, and the retried work gives the same hashes.
 */
class CrashRecoveryIT {

    private static final String MUNICIPALITY = "nedbrud";
    private static final IsoWeek FIRST_WEEK = IsoWeek.parse("2023-W01");
    /** Large enough that the COPY of the import lasts seconds, small enough for CI. */
    private static final SyntheticCohort COHORT = new SyntheticCohort(20261201L, 4_000, 104, FIRST_WEEK);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChildPlatform platform;

    @AfterEach
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void killedDuringAnImportAndDuringASettlementThePlatformRestartsAtOnceWithNothingHalfDone() throws Exception {
        Path home = Path.of("target", "fault-injection", "crash-" + System.nanoTime());
        platform = new ChildPlatform(home, MUNICIPALITY);
        platform.start(Duration.ofMinutes(3));
        World world =
                World.create(platform, MUNICIPALITY, "612", FIRST_WEEK.monday().toString());
        UUID program = UUID.fromString(world.program());
        new BenchmarkDatabase(platform.applicationUrl(), "virkning", "virkning")
                .enrol(
                        MUNICIPALITY,
                        program,
                        COHORT,
                        ParticipantFixtures.pseudonymizer(ChildPlatform.PSEUDONYM_SECRET),
                        FIRST_WEEK);
        Files.createDirectories(home);
        Path file = home.resolve("cohort.csv");
        COHORT.writeLongCsv(file);
        String expectedHash = contentSha256(file);

        // 1. Killed while the import's COPY streams in.
        CompletableFuture<HttpResponse<String>> interrupted = importAsync(world, file);
        awaitActive("COPY weekly_status_staging%", false);
        platform.kill();
        assertThat(interrupted.handle((r, e) -> r == null ? -1 : r.statusCode()).get())
                .as("the import was still running when the JVM died")
                .isEqualTo(-1);
        assertThat(ProcessHandle.of(platform.postmasterPid()).filter(ProcessHandle::isAlive))
                .as("the crashed JVM's PostgreSQL is left running, as in the field")
                .isPresent();

        platform.start(Duration.ofMinutes(3));
        assertThat(count("SELECT count(*) FROM status_import WHERE program_id = ?", program))
                .isZero();
        assertThat(count("SELECT count(*) FROM weekly_status WHERE program_id = ?", program))
                .isZero();

        HttpResponse<String> imported = importAsync(world, file).get();
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(World.field(imported.body(), "contentSha256")).isEqualTo(expectedHash);
        assertThat(count("SELECT count(*) FROM weekly_status WHERE program_id = ?", program))
                .isEqualTo(COHORT.personWeeks());
        HttpResponse<String> again = importAsync(world, file).get();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(World.id(again)).isEqualTo(World.id(imported));

        // 2. A draft, then killed while recomputing it: the settlement's read is held up by a lock.
        String statements = world.programPath() + "/statements";
        String admin = platform.token(ChildPlatform.ADMIN);
        HttpResponse<String> draft = World.post(platform, admin, statements, "{\"period\":\"2024-Q4\"}");
        String draftId = World.id(draft);
        String draftHash = World.field(draft.body(), "statementHash");
        String inputHash = World.field(draft.body(), "inputSha256");
        String earned = World.field(draft.body(), "earned");
        try (Connection blocker = platform.superuser();
                Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE status_timeline IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<HttpResponse<String>> settling = http.sendAsync(
                    post(statements, admin, "{\"period\":\"2024-Q4\"}"), HttpResponse.BodyHandlers.ofString());
            awaitActive("COPY (SELECT p.ordinal%", true);
            platform.kill();
            assertThat(settling.handle((r, e) -> r == null ? -1 : r.statusCode())
                            .get())
                    .isEqualTo(-1);
        } catch (java.sql.SQLException expectedWhenTheServerIsStopped) {
            // The blocker's session ends with the orphaned server; the lock has done its work by then.
        }

        platform.start(Duration.ofMinutes(3));
        try (Connection c = platform.superuser();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, statement_hash FROM statement WHERE program_id = ? ORDER BY issued_at")) {
            ps.setObject(1, program);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1))
                        .as("the draft the killed settlement was replacing")
                        .isEqualTo(draftId);
                assertThat(rs.getString(2)).isEqualTo(draftHash);
                assertThat(rs.next()).as("no half statement").isFalse();
            }
        }
        HttpResponse<String> retried =
                World.post(platform, platform.token(ChildPlatform.ADMIN), statements, "{\"period\":\"2024-Q4\"}");
        assertThat(World.field(retried.body(), "inputSha256")).isEqualTo(inputHash);
        assertThat(World.field(retried.body(), "earned")).isEqualTo(earned);
        String verification = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        platform.baseUri() + statements + "/" + World.id(retried) + "/verification"))
                                .header("Authorization", "Bearer " + platform.token(ChildPlatform.ADMIN))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(World.field(verification, "matches")).isEqualTo("true");
    }

    private CompletableFuture<HttpResponse<String>> importAsync(World world, Path file) throws Exception {
        String uri = platform.baseUri() + world.programPath() + "/status-imports/upload?coverageFrom="
                + COHORT.firstWeek() + "&coverageTo=" + COHORT.lastWeek() + "&format=LONG";
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + platform.token(ChildPlatform.ADMIN))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(platform.baseUri() + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** Waits until a platform session runs a statement like the pattern (or waits for a lock on it). */
    private void awaitActive(String pattern, boolean waitingForLock) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection c = platform.superuser();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND usename = 'virkning' AND query LIKE ?"
                        + (waitingForLock ? " AND wait_event_type = 'Lock'" : ""))) {
            ps.setString(1, pattern);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError("no platform session ran " + pattern + " within 60 s");
    }

    private long count(String sql, UUID program) throws Exception {
        try (Connection c = platform.superuser();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, program);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What the platform reports for a file: SHA-256 of the coverage line and the file's bytes. */
    private static String contentSha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((COHORT.firstWeek() + ".." + COHORT.lastWeek() + "\n").getBytes(StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
