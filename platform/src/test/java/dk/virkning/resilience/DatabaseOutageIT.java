package dk.virkning.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.MixedLoad;
import dk.virkning.support.MixedLoad.Call;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away under a steady load, twice: stopped and started again, then frozen
 * (SIGSTOP of every PostgreSQL process) and thawed. During each outage every call answers fast,
 * with a 503 problem and {@code Retry-After}; readiness goes DOWN and comes back UP by itself; the
 * platform is never restarted; and every write it acknowledged is there afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    /** An outage answer may wait for the socket timeout (10 s) of a call already on a connection. */
    private static final long FAST_NANOS = Duration.ofSeconds(13).toNanos();

    private ChildPlatform platform;
    private World world;

    @BeforeAll
    void start() throws Exception {
        platform = new ChildPlatform(Path.of("target", "fault-injection", "outage-" + System.nanoTime()), "udfald");
        platform.start(Duration.ofMinutes(3));
        world = World.create(platform, "udfald", "611", "2024-01-01");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aStoppedAndAFrozenDatabaseGiveFast503sAndThePlatformRecoversByItselfKeepingEveryAcknowledgedWrite()
            throws Exception {
        long pid = platform.pid();
        AtomicReference<String> token = new AtomicReference<>(platform.token(ChildPlatform.ADMIN));
        AtomicReference<String> operator = new AtomicReference<>(platform.token(ChildPlatform.OPERATOR));
        long[] stopped = new long[2];
        long[] recovered = new long[2];
        MixedLoad load;
        try (MixedLoad running = new MixedLoad(
                        platform.baseUri(), world.municipality(), world.program(), token::get, operator::get, 1L, 8)
                .start(20)) {
            load = running;
            Thread.sleep(3_000);

            stopped[0] = running.now();
            platform.stopDatabase();
            Thread.sleep(4_000);
            assertThat(platform.readiness())
                    .as("readiness while the database is stopped")
                    .isEqualTo(503);
            platform.startDatabase();
            recovered[0] = awaitReady(running);

            Thread.sleep(3_000);
            stopped[1] = running.now();
            platform.signalDatabase("STOP");
            try {
                Thread.sleep(6_000);
                assertThat(platform.readiness())
                        .as("readiness while the database is frozen")
                        .isEqualTo(503);
            } finally {
                platform.signalDatabase("CONT");
            }
            recovered[1] = awaitReady(running);
            Thread.sleep(4_000);
        }
        List<Call> calls = load.calls();

        assertThat(platform.isAlive()).isTrue();
        assertThat(platform.pid()).as("never restarted").isEqualTo(pid);
        assertThat(calls)
                .as("no call failed on the client side or went unanswered")
                .allSatisfy(c -> assertThat(c.status()).isPositive());
        assertThat(calls)
                .as("before the first outage every call succeeds")
                .filteredOn(c -> c.startedNanos() + c.latencyNanos() < stopped[0])
                .isNotEmpty()
                .allMatch(Call::ok);
        for (int outage = 0; outage < 2; outage++) {
            long from = stopped[outage];
            long to = recovered[outage];
            LongPredicate during = t -> t >= from && t < to;
            List<Call> failed = calls.stream()
                    .filter(c -> during.test(c.startedNanos()) && !c.ok())
                    .toList();
            if (outage == 0) {
                // Stopped: connections are cut and refused. (A freeze shorter than the socket timeout is
                // ridden out instead: the calls wait on their connections and succeed after the thaw.)
                assertThat(failed).as("the stopped database gives 503s").isNotEmpty();
            }
            assertThat(calls)
                    .as("outage %d: every call answers within the timeouts", outage + 1)
                    .filteredOn(c -> during.test(c.startedNanos()))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.latencyNanos()).isLessThan(FAST_NANOS));
            assertThat(failed)
                    .as("outage %d: every failure is a fast 503 problem with Retry-After", outage + 1)
                    .allSatisfy(c -> {
                        assertThat(c.status()).isEqualTo(503);
                        assertThat(c.retryAfter()).isPresent();
                        assertThat(c.contentType()).startsWith("application/problem+json");
                        assertThat(c.latencyNanos()).isLessThan(FAST_NANOS);
                    });
        }
        long settled = recovered[1] + Duration.ofSeconds(1).toNanos();
        assertThat(calls)
                .as("after the recovery every call succeeds again")
                .filteredOn(c -> c.startedNanos() > settled)
                .isNotEmpty()
                .allMatch(Call::ok);

        Map<String, String> acknowledged = load.acknowledged();
        assertThat(acknowledged).isNotEmpty();
        try (Connection c = platform.superuser();
                PreparedStatement ps =
                        c.prepareStatement("SELECT count(*) FROM organisation WHERE id = ANY (?::uuid[])")) {
            Array ids = c.createArrayOf("text", acknowledged.values().toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("every acknowledged write is stored")
                        .isEqualTo(acknowledged.size());
            }
        }
    }

    /** Waits for readiness UP again, with no help; returns when (on the load's clock). */
    private long awaitReady(MixedLoad load) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (platform.readiness() == 200) {
                return load.now();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness did not come back UP within 60 s");
    }
}
