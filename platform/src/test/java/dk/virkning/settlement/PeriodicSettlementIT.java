package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementStatus;
import dk.virkning.support.PlatformIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The periodic settlement, called directly at fixed instants (the schedule is off in tests): drafts
 * for programs whose last quarter ended without a statement, nothing a second time, and nothing while
 * another replica holds the ShedLock lock.
 */
class PeriodicSettlementIT extends PlatformIT {

    @Autowired
    private PeriodicSettlement periodic;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LockProvider locks;

    @Test
    void theLockTableLetsOneHolderAtATime() {
        LockConfiguration config =
                new LockConfiguration(Instant.now(), "periodic-settlement-test", Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        // A second replica asking for the same lock is refused until the first lets go.
        assertThat(locks.lock(config)).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).isPresent();
        again.get().unlock();
    }

    @Test
    void draftsEachDueProgramOnceAndASecondRunCreatesNothing() throws Exception {
        String m = scenario.municipality();
        var provider = scenario.organisation(OrganisationType.PROVIDER);
        Program withData = scenario.nk1Program(m, provider, List.of(), 5);
        Program withoutData = scenario.nk1Program(m, provider, List.of(), 5);
        Program settledAlready = scenario.nk1Program(m, provider, List.of(), 5);
        for (Program p : List.of(withData, withoutData, settledAlready)) {
            scenario.enroll(m, p, "0101901111", "2024-W01");
        }
        RegisterApi register = new RegisterApi(client(tokens.admin(m)));
        register.importStatuses(m, withData.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        register.importStatuses(m, settledAlready.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(m)));
        Statement issued = settlements.runSettlement(
                m,
                settledAlready.getId(),
                new SettlementRequest().period("2024-Q1").issue(true));

        // 2024-04-02: 2024-Q1 has ended. All self-supporting, 13 weeks: 1800 * 10.4 = 18720.00.
        Instant april = Instant.parse("2024-04-02T02:00:00Z");
        List<StoredStatement> drafts = periodic.draftDue(april, List.of(m));
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.program().value()).isEqualTo(withData.getId());
            assertThat(d.periodLabel()).isEqualTo("2024-Q1");
            assertThat(d.earned()).isEqualByComparingTo("18720.00");
            assertThat(d.createdBy()).isEqualTo(PeriodicSettlement.ACTOR);
        });
        assertThat(settlements.listStatements(m, withData.getId(), 0, 10).getItems())
                .singleElement()
                .satisfies(s -> assertThat(s.getStatus()).isEqualTo(StatementStatus.DRAFT));
        assertThat(settlements.listStatements(m, withoutData.getId(), 0, 10).getItems())
                .isEmpty();
        assertThat(settlements.listStatements(m, settledAlready.getId(), 0, 10).getItems())
                .singleElement()
                .satisfies(s -> assertThat(s.getId()).isEqualTo(issued.getId()));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'SETTLE_DRAFT' AND actor = ? AND tenant_id = ?",
                        Integer.class,
                        PeriodicSettlement.ACTOR,
                        m))
                .isEqualTo(1);

        // A second run, on this or another replica, finds the draft and creates nothing.
        assertThat(periodic.draftDue(april, List.of(m))).isEmpty();
        assertThat(periodic.draftDue(Instant.parse("2024-06-30T23:00:00Z"), List.of(m)))
                .isEmpty();
        assertThat(settlements.listStatements(m, withData.getId(), 0, 10).getItems())
                .hasSize(1);
    }

    @Test
    void theScheduledRunSkipsWhileAnotherReplicaHoldsTheLock() throws Exception {
        String m = scenario.municipality();
        Program program = scenario.nk1Program(m, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        scenario.enroll(m, program, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                + " VALUES ('periodic-settlement', timezone('utc', now()) + interval '10 minutes',"
                + " timezone('utc', now()), 'another-replica')"
                + " ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until,"
                + " locked_at = EXCLUDED.locked_at, locked_by = EXCLUDED.locked_by");
        try {
            // Unlocked, this run would draft the program's last ended quarter (its data reach it).
            periodic.run();
            assertThat(new SettlementsApi(client(tokens.admin(m)))
                            .listStatements(m, program.getId(), 0, 10)
                            .getItems())
                    .isEmpty();
            assertThat(jdbc.queryForObject(
                            "SELECT locked_by FROM shedlock WHERE name = 'periodic-settlement'", String.class))
                    .isEqualTo("another-replica");
        } finally {
            jdbc.update("DELETE FROM shedlock WHERE name = 'periodic-settlement'");
        }
        // The same step unlocked, for this municipality only, does draft the last ended quarter.
        Instant now = Instant.now();
        assertThat(periodic.draftDue(now, List.of(m))).singleElement().satisfies(d -> assertThat(d.periodLabel())
                .isEqualTo(Quarter.of(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
                        .previous()
                        .label()));
    }
}
