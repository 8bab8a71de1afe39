package dk.virkning.demo;

import dk.virkning.investor.CapitalTransaction;
import dk.virkning.investor.CapitalTransactions;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.Programs;
import dk.virkning.shared.ProblemException;
import dk.virkning.tenant.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records Den Sociale Kapitalfond Effekt's capital on the Norddjurs NK1 program, so that the demo
 * portfolio shows figures. Runs when the application is ready, after {@link DemoSeeder} has seeded
 * the program, and on every start: each transaction carries a fixed idempotency key, so a restart
 * (or a data directory seeded before this existed) records nothing twice.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoCapital {

    private static final Logger log = LoggerFactory.getLogger(DemoCapital.class);

    private record Entry(String key, CapitalTransaction.Type type, LocalDate date, String amount, String note) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "demo-nk1-drawdown-1",
                    CapitalTransaction.Type.DRAWDOWN,
                    LocalDate.of(2021, 12, 15),
                    "300000.00",
                    "First tranche: team and assessment phase"),
            new Entry(
                    "demo-nk1-drawdown-2",
                    CapitalTransaction.Type.DRAWDOWN,
                    LocalDate.of(2022, 7, 1),
                    "150000.00",
                    "Second tranche: job match and aftercare"),
            new Entry(
                    "demo-nk1-repayment-1",
                    CapitalTransaction.Type.REPAYMENT,
                    LocalDate.of(2022, 12, 20),
                    "25000.00",
                    "Unspent capital returned after the 2022 budget review"));

    private final Programs programs;
    private final CapitalTransactions transactions;

    DemoCapital(Programs programs, CapitalTransactions transactions) {
        this.programs = programs;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        OrganisationId effekt = new OrganisationId(DemoOrganisation.KAPITALFOND_EFFEKT.id());
        TenantContext.runAs(TenantContext.ALL_TENANTS, () -> {
            Optional<Program> nk1 = programs.fundedBy(effekt).stream()
                    .filter(p -> p.municipality().equals(DemoMunicipality.NORDDJURS.key))
                    .findFirst();
            if (nk1.isEmpty()) {
                log.info("Demo: no Norddjurs program funded by {}; no capital recorded", effekt);
                return;
            }
            int recorded = 0;
            for (Entry e : ENTRIES) {
                try {
                    boolean created = transactions
                            .record(
                                    effekt,
                                    nk1.get().id(),
                                    new CapitalTransactions.Draft(
                                            null, e.key(), e.type(), e.date(), e.amount(), e.note()),
                                    "demo-seeder")
                            .created();
                    recorded += created ? 1 : 0;
                } catch (ProblemException conflict) {
                    // A data directory seeded with other demo amounts keeps them: the ledger is insert-only.
                    log.warn(
                            "Demo: capital transaction {} kept as recorded before: {}", e.key(), conflict.getMessage());
                }
            }
            log.info("Demo: {} capital transactions recorded for the Norddjurs program", recorded);
        });
    }
}
