package dk.virkning.demo;

import dk.virkning.investor.CapitalTransactions;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.Programs;
import dk.virkning.shared.ProblemException;
import dk.virkning.tenant.TenantContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records each demo investor's capital on the programs it funds ({@link DemoProgram#capital()}), so
 * that the demo portfolios show figures. Runs when the application is ready, after {@link DemoSeeder}
 * has seeded the programs, and on every start: each transaction carries a fixed idempotency key, so a
 * restart (or a data directory seeded before this existed) records nothing twice.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoCapital {

    private static final Logger log = LoggerFactory.getLogger(DemoCapital.class);

    private final Programs programs;
    private final CapitalTransactions transactions;

    DemoCapital(Programs programs, CapitalTransactions transactions) {
        this.programs = programs;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        TenantContext.runAs(TenantContext.ALL_TENANTS, () -> {
            for (DemoProgram demo : DemoPrograms.ALL) {
                if (!demo.capital().isEmpty()) {
                    seed(demo, new OrganisationId(demo.investors().get(0).id()));
                }
            }
        });
    }

    private void seed(DemoProgram demo, OrganisationId investor) {
        Optional<Program> program = programs.fundedBy(investor).stream()
                .filter(p -> p.municipality().equals(demo.municipality().key)
                        && p.name().equals(demo.name()))
                .findFirst();
        if (program.isEmpty()) {
            log.info(
                    "Demo: no {} program funded by {}; no capital recorded", demo.municipality().displayName, investor);
            return;
        }
        int recorded = 0;
        for (DemoProgram.Capital e : demo.capital()) {
            try {
                boolean created = transactions
                        .record(
                                investor,
                                program.get().id(),
                                new CapitalTransactions.Draft(null, e.key(), e.type(), e.date(), e.amount(), e.note()),
                                "demo-seeder")
                        .created();
                recorded += created ? 1 : 0;
            } catch (ProblemException conflict) {
                // A data directory seeded with other demo amounts keeps them: the ledger is insert-only.
                log.warn("Demo: capital transaction {} kept as recorded before: {}", e.key(), conflict.getMessage());
            }
        }
        log.info(
                "Demo: {} capital transactions recorded for the {} program", recorded, demo.municipality().displayName);
    }
}
