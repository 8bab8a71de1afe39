package dk.virkning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.PluginHostTimes;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national benchmark at a small size, as a correctness check (no timing assertions): the
 * platform's import and NK1 settlement over HTTP agree with the COPY baseline's row count and with
 * the hand-written SQL query's earned total, to the øre.
 */
class NationalBenchmarkIT extends PlatformIT {

    @Autowired
    private Pseudonymizer pseudonymizer;

    @Autowired
    private PluginHostTimes hostTimes;

    @Test
    void thePlatformEarnsWhatTheSqlQueryComputesForASyntheticCohort(@TempDir Path directory) throws Exception {
        SyntheticCohort cohort = new SyntheticCohort(42, 200, 156, NationalBenchmark.FIRST_WEEK);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        NationalBenchmark.Result result = new NationalBenchmark(
                        baseUri(),
                        tokens,
                        new BenchmarkDatabase(
                                TestDatabase.jdbcUrl(),
                                TestDatabase.ROLE,
                                TestDatabase.PASSWORD,
                                TestDatabase.superuser()),
                        pseudonymizer,
                        cohort,
                        directory,
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        hostTimes)
                .run();

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.importFailed()).as(report).isFalse();
        assertThat(result.copyPhase().rows()).isEqualTo(200L * 156);
        assertThat(result.platformEarned()).as(report).isPositive();
        assertThat(result.totalsMatch()).as(report).isTrue();
        assertThat(report).contains("settlement in the plugin host:");
        assertThat(result.verified()).as(report).isTrue();
        assertThat(report).contains("import throughput / COPY throughput", "equal to the øre");
        assertThat(report).contains("each timed phase starts after a CHECKPOINT");
    }
}
