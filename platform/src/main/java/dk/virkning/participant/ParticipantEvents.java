package dk.virkning.participant;

import dk.virkning.spi.LifecycleEvent;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The timeline: everything that happened to a participant. The event types of {@link LifecycleEvent}
 * are also what a payment formula sees; the others (consent, team, activities) are for people.
 */
@Component
public class ParticipantEvents {

    /** The types a payment formula or goal evaluator may price. */
    public static final Set<String> FORMULA_TYPES = Set.of(
            LifecycleEvent.PHASE_CHANGED,
            LifecycleEvent.ACTION_PLAN_CREATED,
            LifecycleEvent.PACKAGE_COURSE_STARTED,
            LifecycleEvent.PACKAGE_COURSE_COMPLETED,
            LifecycleEvent.EXITED);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ParticipantEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one event in the caller's transaction. */
    public void record(Participant participant, String type, LocalDate on, String detail, String actor) {
        jdbc.update(
                "INSERT INTO participant_event (id, tenant_id, participant_id, program_id, type, occurred_on, detail,"
                        + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                TenantContext.municipality().orElseThrow(),
                participant.id().value(),
                participant.program().value(),
                type,
                Date.valueOf(on),
                detail == null ? "" : truncate(detail),
                Timestamp.from(clock.instant()),
                actor);
    }

    Page<TimelineEntry> timeline(ParticipantId participant, Pageable pageable) {
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM participant_event WHERE participant_id = ?", Long.class, participant.value());
        List<TimelineEntry> items = jdbc.query(
                "SELECT type, occurred_on, detail, recorded_at, recorded_by FROM participant_event"
                        + " WHERE participant_id = ? ORDER BY occurred_on, recorded_at, id LIMIT ? OFFSET ?",
                (rs, i) -> new TimelineEntry(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)),
                participant.value(),
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(items, pageable, total == null ? 0 : total);
    }

    /**
     * The lifecycle events of every participant of a program that happened by {@code lastDay}, in
     * date order, keyed by participant id: the events a formula may price.
     */
    public Map<UUID, List<LifecycleEvent>> forFormula(UUID program, LocalDate lastDay) {
        Map<UUID, List<LifecycleEvent>> events = new HashMap<>();
        jdbc.query(
                "SELECT participant_id, type, occurred_on, detail FROM participant_event"
                        + " WHERE program_id = ? AND occurred_on <= ? AND type = ANY (?)"
                        + " ORDER BY participant_id, occurred_on, type, detail",
                rs -> {
                    events.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new LifecycleEvent(
                                    rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
                },
                program,
                Date.valueOf(lastDay),
                FORMULA_TYPES.stream().sorted().toArray(String[]::new));
        return events;
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    /** One line of the timeline. */
    record TimelineEntry(String type, LocalDate date, String detail, Instant recordedAt, String recordedBy) {}
}
