package dk.virkning.casework;

import dk.virkning.audit.AuditLog;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.IsoWeek;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is overdue or due this week: open tasks, follow-ups and phases past their maximum duration.
 * Provider staff see only the programs their organisation delivers; every participant listed is
 * logged as read.
 */
@Service
class Worklist {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Worklist(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View of(CurrentUser user, boolean mine) {
        LocalDate today = LocalDate.now(clock);
        IsoWeek week = IsoWeek.of(today);
        LocalDate endOfWeek = week.monday().plusDays(6);
        List<Object> args = new ArrayList<>();
        String scope = scope(user, mine, today, args);
        List<Item> items = new ArrayList<>();
        items.addAll(jdbc.query(
                "SELECT 'TASK', p.program_id, p.id, a.id, a.name, a.due_on FROM activity a"
                        + " JOIN participant_published p ON p.id = a.participant_id JOIN program_published g ON g.id = p.program_id"
                        + " WHERE a.status = 'PLANNED' AND a.due_on <= ? AND p.status = 'ACTIVE'" + scope,
                (rs, i) -> item(rs, today),
                params(endOfWeek, args)));
        items.addAll(jdbc.query(
                "SELECT 'FOLLOW_UP', p.program_id, p.id, f.id, 'Follow-up (' || f.rule || ')', f.due_on"
                        + " FROM follow_up f JOIN participant_published p ON p.id = f.participant_id"
                        + " JOIN program_published g ON g.id = p.program_id"
                        + " WHERE f.status = 'SCHEDULED' AND f.due_on <= ? AND p.status = 'ACTIVE'" + scope,
                (rs, i) -> item(rs, today),
                params(endOfWeek, args)));
        items.addAll(jdbc.query(
                "SELECT 'PHASE_OVERDUE', p.program_id, p.id, NULL, 'Phase ' || p.current_phase || ' past its '"
                        + " || p.phase_max_weeks || ' weeks', p.phase_started_on + p.phase_max_weeks * 7 - 1"
                        + " FROM participant_published p JOIN program_published g ON g.id = p.program_id"
                        + " WHERE p.status = 'ACTIVE' AND p.current_phase IS NOT NULL"
                        + " AND p.phase_started_on + p.phase_max_weeks * 7 - 1 <= ?" + scope,
                (rs, i) -> item(rs, today),
                params(endOfWeek, args)));
        items.sort(Comparator.comparing(Item::overdue)
                .reversed()
                .thenComparing(Item::dueOn)
                .thenComparing(i -> i.participant().toString()));
        audit.recordAll(
                user.subject(),
                "READ",
                "participant",
                items.stream().map(i -> i.participant().toString()).distinct().toList(),
                "worklist");
        return new View(today, week, items);
    }

    private static String scope(CurrentUser user, boolean mine, LocalDate today, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (user.has(Role.PROVIDER_STAFF) && !user.has(Role.CASEWORKER) && !user.has(Role.MUNICIPALITY_ADMIN)) {
            UUID org = user.organisation().orElseThrow(() -> ProblemException.notFound("Worklist"));
            sql.append(" AND g.provider_id = ?");
            args.add(org);
        }
        if (mine) {
            // The person: their subject, in their own issuer where the assignment names one.
            sql.append(" AND EXISTS (SELECT 1 FROM team_assignment t WHERE t.participant_id = p.id AND t.member = ?"
                    + " AND (t.member_issuer IS NULL OR t.member_issuer = ?)"
                    + " AND t.from_on <= ? AND (t.to_on IS NULL OR t.to_on >= ?))");
            args.add(user.subject());
            args.add(user.issuer().orElse(""));
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today));
        }
        return sql.toString();
    }

    private static Object[] params(LocalDate endOfWeek, List<Object> scope) {
        List<Object> all = new ArrayList<>();
        all.add(Date.valueOf(endOfWeek));
        all.addAll(scope);
        return all.toArray();
    }

    private static Item item(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate due = rs.getDate(6).toLocalDate();
        return new Item(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                due,
                today.isAfter(due));
    }

    /** One thing to do. */
    record Item(
            String kind, UUID program, UUID participant, UUID itemId, String title, LocalDate dueOn, boolean overdue) {}

    /** The list as of a day. */
    record View(LocalDate asOf, IsoWeek week, List<Item> items) {}
}
