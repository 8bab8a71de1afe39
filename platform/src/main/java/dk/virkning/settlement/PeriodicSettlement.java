package dk.virkning.settlement;

import dk.virkning.observability.BusinessMetrics;
import dk.virkning.program.Program;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.shared.ProblemException;
import dk.virkning.tenant.Municipalities;
import dk.virkning.tenant.Municipality;
import dk.virkning.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The periodic settlement: for every program whose last quarter has ended and has no statement yet,
 * in every municipality, a draft statement that the municipality then reviews and issues. Safe with
 * several replicas: ShedLock lets one run at a time, the program row lock serialises it with
 * settlements through the API, and a period with any statement is left alone, so a second run
 * creates nothing.
 */
@Component
class PeriodicSettlement {

    private static final Logger log = LoggerFactory.getLogger(PeriodicSettlement.class);

    /** The actor recorded on drafts the schedule makes. */
    static final String ACTOR = "virkning-periodic-settlement";

    private final Municipalities municipalities;
    private final Programs programs;
    private final Settlements settlements;
    private final Clock clock;
    private final BusinessMetrics metrics;

    PeriodicSettlement(
            Municipalities municipalities,
            Programs programs,
            Settlements settlements,
            Clock clock,
            BusinessMetrics metrics) {
        this.municipalities = municipalities;
        this.programs = programs;
        this.settlements = settlements;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${virkning.settlement.schedule.cron:0 0 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "periodic-settlement", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        List<String> tenants = new ArrayList<>();
        for (Pageable page = PageRequest.of(0, 100, Sort.by("id")); ; page = page.next()) {
            Page<Municipality> result = municipalities.list(page);
            result.forEach(m -> tenants.add(m.id()));
            if (!result.hasNext()) {
                break;
            }
        }
        List<StoredStatement> drafts = draftDue(clock.instant(), tenants);
        metrics.periodicSettlementRun(drafts.size());
        log.info("Periodic settlement drafted {} statements in {} municipalities", drafts.size(), tenants.size());
    }

    /**
     * Drafts the statements due at {@code now} in the given municipalities: the last ended quarter of
     * every program that had started by its end, unless the period has a statement already.
     */
    public List<StoredStatement> draftDue(Instant now, Collection<String> tenants) {
        Quarter due = Quarter.of(LocalDate.ofInstant(now, ZoneOffset.UTC)).previous();
        List<StoredStatement> drafts = new ArrayList<>();
        for (String tenant : tenants) {
            TenantContext.runAs(tenant, () -> drafts.addAll(draftDue(tenant, due)));
        }
        return drafts;
    }

    private List<StoredStatement> draftDue(String tenant, Quarter due) {
        CurrentUser system =
                new CurrentUser(ACTOR, Set.of(Role.MUNICIPALITY_ADMIN), Optional.of(tenant), Optional.empty());
        List<Program> candidates = new ArrayList<>();
        for (Pageable page = PageRequest.of(0, 100, Sort.by("id")); ; page = page.next()) {
            Page<Program> result = programs.list(system, page);
            result.filter(p -> !p.startDate().isAfter(due.lastDay())).forEach(candidates::add);
            if (!result.hasNext()) {
                break;
            }
        }
        List<StoredStatement> drafts = new ArrayList<>();
        for (Program program : candidates) {
            try {
                settlements.draftIfMissing(system, program.id(), due.label()).ifPresent(drafts::add);
            } catch (ProblemException e) {
                // e.g. no register data yet: nothing to settle for this program, try again next run
                log.info("Periodic settlement of {} {} skipped: {}", program.id(), due.label(), e.getMessage());
            }
        }
        return drafts;
    }
}
