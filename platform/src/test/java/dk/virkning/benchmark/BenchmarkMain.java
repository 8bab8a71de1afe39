package dk.virkning.benchmark;

import dk.virkning.VirkningApplication;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.PluginHostTimes;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import dk.virkning.support.TestTokens;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Runs {@link NationalBenchmark} against the whole application on an embedded PostgreSQL, connected
 * as the same non-superuser role as the product. Started by {@code ./mvnw -Pbenchmark ...} (see
 * README); sizes from system properties {@code benchmark.participants} (100000), {@code
 * benchmark.weeks} (156), {@code benchmark.seed} and {@code benchmark.directory}. Exits with 1 when
 * the platform's earned total differs from the SQL query's, the import fails, or the statement does
 * not verify.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        int participants = Integer.getInteger("benchmark.participants", 100_000);
        int weeks = Integer.getInteger("benchmark.weeks", 156);
        long seed = Long.getLong("benchmark.seed", 20261123L);
        Path directory = Path.of(System.getProperty("benchmark.directory", "target/benchmark"));
        long started = System.nanoTime();

        String url = TestDatabase.jdbcUrl();
        NationalBenchmark.Result result;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VirkningApplication.class)
                .run(
                        // Arguments, not default properties: they must win over application.yaml.
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.ROLE,
                        "--spring.datasource.password=" + TestDatabase.PASSWORD,
                        "--virkning.pseudonym.secret=benchmark-only-pseudonym-secret",
                        "--virkning.auth.embedded.key-encryption-key=benchmark-only-key-encryption-key",
                        "--virkning.auth.embedded.issuer=" + PlatformIT.ISSUER,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            String baseUri = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            result = new NationalBenchmark(
                            baseUri,
                            new TestTokens(context.getBean(JwtEncoder.class), PlatformIT.ISSUER),
                            new BenchmarkDatabase(
                                    url, TestDatabase.ROLE, TestDatabase.PASSWORD, TestDatabase.superuser()),
                            context.getBean(Pseudonymizer.class),
                            new SyntheticCohort(seed, participants, weeks, NationalBenchmark.FIRST_WEEK),
                            directory,
                            System.out,
                            context.getBean(PluginHostTimes.class))
                    .run();
        }
        System.out.printf("benchmark wall time: %.0f s%n", (System.nanoTime() - started) / 1e9);
        boolean ok = result.totalsMatch() && result.verified() && !result.importFailed();
        System.out.println(ok ? "BENCHMARK OK" : "BENCHMARK FAILED");
        System.exit(ok ? 0 : 1);
    }
}
