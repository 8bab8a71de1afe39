package dk.virkning.demo;

import dk.virkning.database.DatabaseRetry;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.organisation.Organisations;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramDraft;
import dk.virkning.program.Programs;
import dk.virkning.register.StatusImports;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StatementDecisions;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.spi.IsoWeek;
import dk.virkning.tenant.Municipalities;
import dk.virkning.tenant.TenantContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo: the four municipalities, their providers and investors, and the Norddjurs NK1
 * program with 50 synthetic participants and 18 months of weekly statuses, settled for its first
 * quarters. Goes through the same services as the API. Runs once; a restart finds the data there.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String NK1 = "sundinvest-nk1";
    private static final String NK1_VERSION = "1.0.0";
    private static final IsoWeek FIRST_WEEK = IsoWeek.parse("2022-W01");
    private static final int DATA_WEEKS = 78;

    private final Municipalities municipalities;
    private final Organisations organisations;
    private final Programs programs;
    private final DemoCasework casework;
    private final StatusImports imports;
    private final Settlements settlements;
    private final StatementDecisions decisions;
    private final PluginRegistry plugins;
    private final DemoPlugins demoPlugins;
    private final Environment environment;
    private final TransactionTemplate transactions;
    private final DatabaseRetry retry;

    DemoSeeder(
            Municipalities municipalities,
            Organisations organisations,
            Programs programs,
            DemoCasework casework,
            StatusImports imports,
            Settlements settlements,
            StatementDecisions decisions,
            PluginRegistry plugins,
            DemoPlugins demoPlugins,
            Environment environment,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.retry = new DatabaseRetry(
                environment.getProperty("virkning.database.startup-wait", Duration.class, Duration.ofMinutes(5)));
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.programs = programs;
        this.casework = casework;
        this.imports = imports;
        this.settlements = settlements;
        this.decisions = decisions;
        this.plugins = plugins;
        this.demoPlugins = demoPlugins;
        this.environment = environment;
    }

    /**
     * Seeds in steps that can each be repeated: what a step made is found and kept, so when the
     * database goes away while seeding, the whole run is retried (bounded, logged) and picks up where
     * it was. The Norddjurs program with its participants and statuses is one transaction; each
     * settlement is one more.
     */
    @Override
    public void run(ApplicationArguments args) {
        retry.run("Seeding the demo data", this::seed);
        printClients();
    }

    private void seed() {
        seedTenantsAndOrganisations();
        demoPlugins.install();
        if (plugins.find(NK1, NK1_VERSION).isPresent()) {
            TenantContext.runAs(DemoMunicipality.NORDDJURS.key, this::seedNorddjurs);
        } else {
            log.warn("Plugin {} {} is not installed; the Norddjurs demo program is skipped", NK1, NK1_VERSION);
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

    private void seedNorddjurs() {
        String tenant = DemoMunicipality.NORDDJURS.key;
        CurrentUser seeder = new CurrentUser(
                "demo-seeder", Set.of(Role.MUNICIPALITY_ADMIN, Role.CASEWORKER), Optional.of(tenant), Optional.empty());
        Optional<Program> seeded =
                programs.list(seeder, PageRequest.of(0, 1)).stream().findFirst();
        Program program = seeded.orElseGet(() -> transactions.execute(status -> seedProgram(seeder)));
        // 2022 settled and issued; the municipality has approved Q1..Q3 and has yet to decide on Q4.
        Map<String, StoredStatement> existing = new LinkedHashMap<>();
        settlements.list(seeder, program.id(), PageRequest.of(0, 20)).forEach(s -> existing.put(s.periodLabel(), s));
        for (String quarter : List.of("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4")) {
            StoredStatement issued = existing.get(quarter);
            if (issued == null || !issued.issued()) {
                issued = settlements.settle(seeder, program.id(), quarter, true);
            }
            if (!"2022-Q4".equals(quarter) && StoredStatement.ISSUED.equals(issued.status())) {
                decisions.approve(seeder, program.id(), issued.id());
            }
        }
        if (seeded.isEmpty()) {
            log.info(
                    "Demo: Norddjurs program {} with 50 participants, statuses {}..{}, settled 2022",
                    program.id(),
                    FIRST_WEEK,
                    FIRST_WEEK.plusWeeks(DATA_WEEKS - 1));
        } else {
            log.info("Demo data present already");
        }
    }

    /** The program, its participants and their casework, and the statuses: all or nothing. */
    private Program seedProgram(CurrentUser seeder) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("baselineBenefitShare", new BigDecimal("0.80"));
        terms.put("weeklyNetCost", new BigDecimal("3000"));
        terms.put("measurementWeeks", 52);
        terms.put("savingsShare", new BigDecimal("0.60"));
        terms.put("maxTotalPayment", new BigDecimal("2000000"));
        Program program = programs.create(
                new ProgramDraft(
                        "NK1 – mental sundhed og beskæftigelse",
                        new OrganisationId(DemoOrganisation.SUNDINVEST.id()),
                        List.of(new OrganisationId(DemoOrganisation.KAPITALFOND_EFFEKT.id())),
                        NK1,
                        NK1_VERSION,
                        terms,
                        LocalDate.of(2022, 1, 3),
                        50),
                seeder.subject());
        List<DemoCohort.Citizen> cohort = DemoCohort.generate(707, 50, FIRST_WEEK, DATA_WEEKS);
        casework.enrollAndWork(seeder, program, cohort);
        imports.importLongFormat(
                seeder, program.id(), FIRST_WEEK, FIRST_WEEK.plusWeeks(DATA_WEEKS - 1), DemoCohort.csv(cohort));
        return program;
    }

    private void printClients() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String issuer = environment.getProperty("virkning.auth.embedded.issuer", "http://localhost:" + port);
        StringBuilder out = new StringBuilder("\n\nVirkning demo is ready. Demo clients (secret '")
                .append(DemoClients.SECRET)
                .append("'):\n  operator; hedensted|holbaek|norddjurs|koebenhavn-admin and -caseworker;")
                .append(" sundinvest-staff; marselisborg-staff; effekt-analyst; dsi-analyst\n")
                .append("Get a token:\n  curl -s -u norddjurs-admin:")
                .append(DemoClients.SECRET)
                .append(" -d grant_type=client_credentials http://localhost:")
                .append(port)
                .append("/oauth2/token\n")
                .append("Demo people (password '")
                .append(DemoClients.PASSWORD)
                .append("', demo only), who sign in at ")
                .append(issuer)
                .append("/login through the web client '")
                .append(DemoClients.CONSOLE)
                .append("':\n  operator.person; hedensted|holbaek|norddjurs|koebenhavn.admin and .caseworker;")
                .append(" sundinvest.staff; marselisborg.staff; effekt.analyst; dsi.analyst\n");
        log.info(out.toString());
    }
}
