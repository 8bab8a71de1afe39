package dk.virkning.casework;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.InterventionModel;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up meetings, scheduled by rule: § 13 b for the configured visitation categories, and every
 * recurring catalogue activity (e.g. Copenhagen's follow-up every 4 weeks) over the model's course.
 */
@Service
public class FollowUps {

    private final Participants participants;
    private final ParticipantEvents events;
    private final CaseworkProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FollowUps(
            Participants participants,
            ParticipantEvents events,
            CaseworkProperties properties,
            JdbcTemplate jdbc,
            Clock clock) {
        this.participants = participants;
        this.events = events;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * § 13 b: {@code meetings} follow-ups in the first {@code windowWeeks} weeks from the start, the first
     * due by the end of week {@code firstByWeek}, the rest spread evenly to the end of the window.
     */
    void scheduleStatutory(Participant participant) {
        String category = participant.referral().facts().visitationCategory();
        if (category == null || !properties.statutoryFollowUpCategories().contains(category.strip())) {
            return;
        }
        insert(participant, statutoryDueDays(participant.startDay()), "STATUTORY_13B");
    }

    List<LocalDate> statutoryDueDays(LocalDate start) {
        List<LocalDate> due = new ArrayList<>();
        int first = properties.firstByWeek();
        int window = properties.windowWeeks();
        int n = properties.meetings();
        for (int i = 0; i < n; i++) {
            int week = n == 1 ? first : first + (int) Math.round((double) (window - first) * i / (n - 1));
            due.add(start.plusWeeks(week).minusDays(1));
        }
        return due;
    }

    /** Every {@code everyDays} from {@code from} to the end of the model's longest course. */
    void scheduleRecurring(Participant participant, InterventionModel model, LocalDate from, int everyDays) {
        int courseWeeks = model.phases().stream()
                .mapToInt(InterventionModel.Phase::maxWeeks)
                .sum();
        LocalDate end =
                participant.startDay().plusWeeks(Math.max(courseWeeks, 1)).minusDays(1);
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate d = from.plusDays(everyDays); !d.isAfter(end); d = d.plusDays(everyDays)) {
            due.add(d);
        }
        insert(participant, due, "RECURRING_ACTIVITY");
    }

    @Transactional
    public FollowUp complete(
            CurrentUser user, ProgramId program, ParticipantId id, UUID followUpId, LocalDate on, String note) {
        Participant participant =
                participants.forWork(user, program, id, "follow-up held").participant();
        FollowUp followUp =
                jdbc
                        .query(SELECT + " WHERE id = ? AND participant_id = ?", FollowUps::map, followUpId, id.value())
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Follow-up " + followUpId));
        if (!"SCHEDULED".equals(followUp.status())) {
            throw ProblemException.conflict(
                    "The follow-up is " + followUp.status().toLowerCase() + " already");
        }
        DateRules.requireBetween(on, participant.startDay(), LocalDate.now(clock), "on");
        jdbc.update(
                "UPDATE follow_up SET status = 'HELD', held_on = ?, note = ? WHERE id = ?",
                Date.valueOf(on),
                note,
                followUpId);
        events.record(participant, "FOLLOW_UP_HELD", on, "due " + followUp.dueOn(), user.subject());
        return jdbc.query(SELECT + " WHERE id = ?", FollowUps::map, followUpId).get(0);
    }

    @Transactional
    public List<FollowUp> list(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "follow-ups");
        return jdbc.query(SELECT + " WHERE participant_id = ? ORDER BY due_on, rule", FollowUps::map, id.value());
    }

    void cancelOpen(Participant participant) {
        jdbc.update(
                "UPDATE follow_up SET status = 'CANCELLED' WHERE participant_id = ? AND status = 'SCHEDULED'",
                participant.id().value());
    }

    private void insert(Participant participant, List<LocalDate> due, String rule) {
        String tenant = TenantContext.municipality().orElseThrow();
        jdbc.batchUpdate(
                "INSERT INTO follow_up (id, tenant_id, participant_id, due_on, rule, status)"
                        + " VALUES (?, ?, ?, ?, ?, 'SCHEDULED')",
                due,
                100,
                (ps, day) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, tenant);
                    ps.setObject(3, participant.id().value());
                    ps.setDate(4, Date.valueOf(day));
                    ps.setString(5, rule);
                });
    }

    private static final String SELECT = "SELECT id, due_on, held_on, rule, status, note FROM follow_up";

    private static FollowUp map(ResultSet rs, int i) throws SQLException {
        return new FollowUp(
                rs.getObject(1, UUID.class),
                rs.getDate(2).toLocalDate(),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6));
    }

    /** A follow-up meeting. */
    public record FollowUp(UUID id, LocalDate dueOn, LocalDate heldOn, String rule, String status, String note) {

        boolean overdueOn(LocalDate today) {
            return "SCHEDULED".equals(status) && today.isAfter(dueOn);
        }
    }
}
