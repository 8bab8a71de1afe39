package dk.virkning.demo;

import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.Programs;
import dk.virkning.register.StatusImports;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StatementDecisions;
import dk.virkning.settlement.StatementStatus;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.tenant.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds one {@link DemoProgram} in its municipality through the services the API uses: the program,
 * its cohort with their casework and the register statuses in one transaction, then each quarter's
 * statement, issued (and approved but for the newest) in one more. Repeatable: a program of the demo's
 * name and plugin is found and kept, and a quarter settled already is not settled again.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoProgramSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramSeeder.class);

    private final Programs programs;
    private final DemoCasework casework;
    private final StatusImports imports;
    private final Settlements settlements;
    private final StatementDecisions decisions;
    private final PluginRegistry plugins;
    private final TransactionTemplate transactions;

    DemoProgramSeeder(
            Programs programs,
            DemoCasework casework,
            StatusImports imports,
            Settlements settlements,
            StatementDecisions decisions,
            PluginRegistry plugins,
            PlatformTransactionManager transactionManager) {
        this.programs = programs;
        this.casework = casework;
        this.imports = imports;
        this.settlements = settlements;
        this.decisions = decisions;
        this.plugins = plugins;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void seed(DemoProgram demo) {
        if (plugins.find(demo.pluginId(), DemoProgram.PLUGIN_VERSION).isEmpty() || !casework.knows(demo.pluginId())) {
            log.warn(
                    "Plugin {} {} is not installed; the {} demo program is skipped",
                    demo.pluginId(),
                    DemoProgram.PLUGIN_VERSION,
                    demo.municipality().displayName);
            return;
        }
        TenantContext.runAs(demo.municipality().key, () -> seedInTenant(demo));
    }

    private void seedInTenant(DemoProgram demo) {
        CurrentUser seeder = new CurrentUser(
                "demo-seeder",
                Set.of(Role.MUNICIPALITY_ADMIN, Role.CASEWORKER),
                Optional.of(demo.municipality().key),
                Optional.empty());
        Optional<Program> seeded = programs.list(seeder, PageRequest.of(0, 200)).stream()
                .filter(p -> p.name().equals(demo.name()) && p.pluginId().equals(demo.pluginId()))
                .findFirst();
        Program program = seeded.orElseGet(() -> transactions.execute(status -> create(seeder, demo)));
        Map<String, StoredStatement> existing = new HashMap<>();
        settlements
                .list(seeder, program.id(), PageRequest.of(0, 50))
                .forEach(s -> existing.put(s.period().label(), s));
        int settled = 0;
        for (String quarter : demo.quarters()) {
            StoredStatement statement = existing.get(quarter);
            if (statement == null || !statement.issued()) {
                statement = settlements.settle(seeder, program.id(), quarter, true);
                settled++;
            }
            if (demo.approved(quarter) && statement.status() == StatementStatus.ISSUED) {
                decisions.approve(seeder, program.id(), statement.id());
            }
        }
        log.info(
                "Demo: {} program '{}' ({}) {}; {} of {} quarters settled now",
                demo.municipality().displayName,
                demo.name(),
                demo.pluginId(),
                seeded.isPresent()
                        ? "present already"
                        : "seeded with " + demo.cohort().size() + " participants, statuses "
                                + demo.cohort().first() + ".." + demo.cohort().last(),
                settled,
                demo.quarters().size());
    }

    /** The program, its participants and their casework, and the statuses: all or nothing. */
    private Program create(CurrentUser seeder, DemoProgram demo) {
        Program program = programs.create(demo.draft(), seeder.subject());
        List<DemoCohort.Citizen> cohort = DemoCohort.generate(demo.cohort());
        casework.enrollAndWork(seeder, demo, program, cohort);
        imports.importLongFormat(
                seeder, program.id(), demo.cohort().first(), demo.cohort().last(), DemoCohort.csv(cohort));
        return program;
    }
}
