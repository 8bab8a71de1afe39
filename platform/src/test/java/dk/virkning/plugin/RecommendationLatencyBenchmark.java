package dk.virkning.plugin;

import dk.virkning.observability.BusinessMetrics;
import dk.virkning.pluginhost.Wire;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.spi.ReferralFacts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;

/**
 * How fast a warm plugin host answers a course recommendation (target: p95 under 200 ms), through the
 * same launcher, sandbox and pool the platform uses. Not a test: it prints figures and asserts none.
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl platform -am verify -DskipTests} runs it after the national
 * benchmark; {@code -Dbenchmark.recommendations=N} sets the number of calls.
 */
public final class RecommendationLatencyBenchmark {

    private RecommendationLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("benchmark.recommendations", 2000);
        Path dir = Files.createTempDirectory(
                "virkning-latency", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path jar = Files.copy(Path.of(args[0]), dir.resolve("copenhagen.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        PluginProperties properties = new PluginProperties(dir, null, null);
        HostLauncher launcher = new HostLauncher(properties, false);
        PluginHostTimes times = new PluginHostTimes();
        try (HostPool pool =
                new HostPool(launcher, properties, times, new BusinessMetrics(new SimpleMeterRegistry()))) {
            var type = pool.json().constructType(Recommendation.class);
            long t0 = System.nanoTime();
            pool.call("copenhagen-course-packages", jar, true, Wire.RECOMMEND, payload(pool, 0), type);
            double cold = (System.nanoTime() - t0) / 1e6;
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long s = System.nanoTime();
                pool.call("copenhagen-course-packages", jar, true, Wire.RECOMMEND, payload(pool, i), type);
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "course recommendation through a plugin host (%s): first call %.0f ms (host start-up included);"
                            + " %d warm calls: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (target p95 < 200 ms: %s)%n",
                    launcher.sandboxed() ? "bubblewrap sandbox" : "NO SANDBOX",
                    cold,
                    calls,
                    nanos[calls / 2] / 1e6,
                    nanos[(int) (calls * 0.95)] / 1e6,
                    nanos[(int) (calls * 0.99)] / 1e6,
                    nanos[calls - 1] / 1e6,
                    nanos[(int) (calls * 0.95)] / 1e6 < 200 ? "met" : "MISSED");
        }
    }

    private static byte[] payload(HostPool pool, int i) {
        ReferralFacts facts = new ReferralFacts(
                "2",
                (i & 1) == 0,
                (i & 2) == 0,
                (i & 4) == 0,
                (i & 8) == 0,
                (i & 16) == 0,
                i % 3 == 0 ? "MENTAL" : "PHYSICAL");
        return pool.json().writeValueAsBytes(new RecommendationContext(facts));
    }
}
