package dk.virkning.soak;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dk.virkning.VirkningApplication;
import dk.virkning.security.Role;
import dk.virkning.support.MixedLoad;
import dk.virkning.support.MixedLoad.Call;
import dk.virkning.support.MixedLoad.Operation;
import dk.virkning.support.Scenario;
import dk.virkning.support.TestTokens;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The soak run (README, "Soak run"): the whole platform on its embedded PostgreSQL (durable, a
 * fresh data directory), on loopback only, under a mixed load at a fixed rate for a fixed time
 * ({@link MixedLoad}: program reads, participant and statement pages, new organisations). Prints error counts,
 * p50/p99 latency per operation, and heap and connection-pool figures at the start and the end.
 * System properties: {@code soak.minutes} (30), {@code soak.rate} (calls a second, 10), {@code
 * soak.directory}. Exits with 1 when any call failed.
 */
public final class SoakMain {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SoakMain() {}

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 30);
        int rate = Integer.getInteger("soak.rate", 10);
        Path directory = Path.of(System.getProperty("soak.directory", "target/soak"));
        Path data = directory.resolve("run-" + System.currentTimeMillis()).resolve("postgres");
        int failures;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VirkningApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--virkning.database.embedded.data-directory=" + data,
                        "--virkning.pseudonym.secret=soak-only-pseudonym-secret",
                        "--virkning.settlement.schedule.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            TestTokens tokens = new TestTokens(
                    context.getBean(JwtEncoder.class),
                    context.getEnvironment().getProperty("virkning.auth.embedded.issuer", "http://localhost:8080"));
            HikariPoolMXBean pool = context.getBean(DataSource.class)
                    .unwrap(HikariDataSource.class)
                    .getHikariPoolMXBean();
            String municipality = "soak";
            String program = world(base, tokens, municipality);
            CachedToken token = new CachedToken(
                    () -> tokens.token("soak", List.of(Role.MUNICIPALITY_ADMIN, Role.CASEWORKER), municipality, null));

            CachedToken operatorToken = new CachedToken(tokens::operator);
            System.out.printf(
                    Locale.ROOT,
                    "Virkning soak: %d calls/s for %d min against %s (embedded PostgreSQL in %s)%n",
                    rate,
                    minutes,
                    base,
                    data);
            figures("start", pool);
            MixedLoad load =
                    new MixedLoad(base, municipality, program, token::get, operatorToken::get, 1L, 8).start(rate);
            long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                List<Call> calls = load.calls();
                System.out.printf(
                        Locale.ROOT,
                        "  %5.1f min: %,d calls, %d failed%n",
                        load.now() / 60e9,
                        calls.size(),
                        calls.stream().filter(c -> !c.ok()).count());
            }
            load.close();
            figures("end", pool);
            failures = report(load.calls());
        }
        System.out.println(failures == 0 ? "SOAK OK" : "SOAK FAILED: " + failures + " calls failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int report(List<Call> calls) {
        System.out.printf(
                Locale.ROOT,
                "%-18s %9s %7s %9s %9s %9s  %s%n",
                "operation",
                "calls",
                "errors",
                "p50 ms",
                "p99 ms",
                "max ms",
                "statuses");
        Map<Operation, List<Call>> byOperation = new EnumMap<>(Operation.class);
        calls.forEach(c -> byOperation
                .computeIfAbsent(c.operation(), o -> new java.util.ArrayList<>())
                .add(c));
        int failed = 0;
        for (Map.Entry<Operation, List<Call>> e : byOperation.entrySet()) {
            long[] latencies =
                    e.getValue().stream().mapToLong(Call::latencyNanos).sorted().toArray();
            long errors = e.getValue().stream().filter(c -> !c.ok()).count();
            failed += (int) errors;
            Map<Integer, Long> statuses = e.getValue().stream()
                    .collect(Collectors.groupingBy(Call::status, TreeMap::new, Collectors.counting()));
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %,9d %7d %9.1f %9.1f %9.1f  %s%n",
                    e.getKey(),
                    latencies.length,
                    errors,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6,
                    statuses);
        }
        System.out.printf(Locale.ROOT, "errors: %d of %,d calls%n", failed, calls.size());
        return failed;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void figures(String when, HikariPoolMXBean pool) {
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(
                Locale.ROOT,
                "%-5s heap used %d MiB (%d MiB after a GC), committed %d MiB, max %d MiB;"
                        + " pool: %d connections, %d active, %d idle, %d waiting; %d live threads%n",
                when,
                before.getUsed() >> 20,
                after.getUsed() >> 20,
                after.getCommitted() >> 20,
                after.getMax() >> 20,
                pool.getTotalConnections(),
                pool.getActiveConnections(),
                pool.getIdleConnections(),
                pool.getThreadsAwaitingConnection(),
                ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** A municipality, a provider and an NK1 program, through the API; returns the program id. */
    private static String world(String base, TestTokens tokens, String municipality) throws Exception {
        post(
                base,
                tokens.operator(),
                "/api/v1/municipalities",
                "{\"id\":\"" + municipality + "\",\"name\":\"Soak\",\"municipalityCode\":\"613\"}");
        String provider = id(post(
                base,
                tokens.operator(),
                "/api/v1/organisations",
                "{\"name\":\"Soak Provider\",\"type\":\"PROVIDER\"}"));
        return id(post(
                base,
                tokens.admin(municipality),
                "/api/v1/municipalities/" + municipality + "/programs",
                "{\"name\":\"NK1 soak\",\"providerId\":\"" + provider + "\",\"investorIds\":[],"
                        + "\"pluginId\":\"sundinvest-nk1\",\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                        + "\",\"startDate\":\"2024-01-01\","
                        + "\"capacity\":1000000,\"terms\":{\"baselineBenefitShare\":0.8,\"weeklyNetCost\":3000,"
                        + "\"measurementWeeks\":52,\"savingsShare\":0.6,\"maxTotalPayment\":2000000000}}"));
    }

    private static String post(String base, String token, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    /** A token renewed every five minutes (they live ten). */
    private static final class CachedToken {
        private final java.util.function.Supplier<String> issue;
        private String token;
        private long issuedAt;

        CachedToken(java.util.function.Supplier<String> issue) {
            this.issue = issue;
        }

        synchronized String get() {
            if (token == null
                    || System.nanoTime() - issuedAt > Duration.ofMinutes(5).toNanos()) {
                token = issue.get();
                issuedAt = System.nanoTime();
            }
            return token;
        }
    }
}
