package dk.virkning.demo;

import dk.virkning.database.DatabaseRetry;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.organisation.Organisations;
import dk.virkning.tenant.Municipalities;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo: the four municipalities, their providers and investors, the first-party plugins,
 * and in each municipality its program of the seeds ({@link DemoPrograms}) with a synthetic cohort,
 * its casework, weekly statuses and settled statements. Goes through the same services as the API.
 * Runs on every start; what an earlier start made is found and kept.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    /**
     * The programs are seeded side by side, each in its own municipality and transaction: one seeding
     * thread alternates between the JVM and PostgreSQL, so two keep both cores of a small machine busy.
     */
    private static final int SEEDING_THREADS = 2;

    private final Municipalities municipalities;
    private final Organisations organisations;
    private final DemoPlugins demoPlugins;
    private final DemoProgramSeeder programs;
    private final DemoClients clients;
    private final Environment environment;
    private final DatabaseRetry retry;

    DemoSeeder(
            Municipalities municipalities,
            Organisations organisations,
            DemoPlugins demoPlugins,
            DemoProgramSeeder programs,
            DemoClients clients,
            Environment environment) {
        this.retry = new DatabaseRetry(
                environment.getProperty("virkning.database.startup-wait", Duration.class, Duration.ofMinutes(5)));
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.demoPlugins = demoPlugins;
        this.programs = programs;
        this.clients = clients;
        this.environment = environment;
    }

    /**
     * Seeds in steps that can each be repeated: what a step made is found and kept, so when the
     * database goes away while seeding, the whole run is retried (bounded, logged) and picks up where
     * it was. Each program with its participants and statuses is one transaction; each settlement is
     * one more.
     */
    @Override
    public void run(ApplicationArguments args) {
        retry.run("Seeding the demo data", this::seed);
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String issuer = environment.getProperty("virkning.auth.embedded.issuer", "http://localhost:" + port);
        log.info(DemoSignIns.text(clients.people(), port, issuer));
    }

    void seed() {
        seedTenantsAndOrganisations();
        demoPlugins.install();
        log.info("Demo: municipalities, organisations and first-party plugins in place; seeding the programs");
        seedPrograms();
    }

    /** Every program, two at a time; waits for all of them, then throws the first failure if any. */
    private void seedPrograms() {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SEEDING_THREADS, work -> {
            Thread thread = new Thread(work, "demo-seeder-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> seeding = DemoPrograms.ALL.stream()
                    .<Future<?>>map(demo -> pool.submit(() -> programs.seed(demo)))
                    .toList();
            RuntimeException failure = null;
            for (Future<?> f : seeding) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException("Seeding a demo program failed", e.getCause());
                    failure = failure == null ? cause : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo programs", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void seedTenantsAndOrganisations() {
        for (DemoMunicipality m : DemoMunicipality.values()) {
            if (!municipalities.exists(m.key)) {
                municipalities.create(m.key, m.displayName, m.code);
            }
        }
        for (DemoOrganisation o : DemoOrganisation.values()) {
            if (organisations.find(new OrganisationId(o.id())).isEmpty()) {
                organisations.create(o.id(), o.displayName, o.type, null);
            }
        }
    }
}
