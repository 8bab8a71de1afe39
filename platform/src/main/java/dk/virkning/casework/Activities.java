package dk.virkning.casework;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.InterventionModel;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities from the model's catalogue, planned and done. One with a deadline becomes a task due that
 * many days after its anchor (the participant's start, or the package course's start); a recurring
 * one schedules follow-ups.
 */
@Service
public class Activities {

    private final Participants participants;
    private final ParticipantEvents events;
    private final FollowUps followUps;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Activities(
            Participants participants, ParticipantEvents events, FollowUps followUps, JdbcTemplate jdbc, Clock clock) {
        this.participants = participants;
        this.events = events;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Activity plan(
            CurrentUser user, ProgramId program, ParticipantId id, String code, LocalDate plannedOn, String note) {
        Participants.Participation work = participants.forWork(user, program, id, "activity " + code);
        InterventionModel.Activity activity = work.model().activities().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-activity",
                        "Activity '" + code + "' is not in the model's catalogue",
                        List.of(ProblemError.field("code", "is not in the catalogue"))));
        Participant participant = work.participant();
        LocalDate today = LocalDate.now(clock);
        DateRules.requireBetween(plannedOn, participant.startDay(), today.plusYears(2), "plannedOn");
        return plan(
                participant,
                work.model(),
                activity,
                plannedOn,
                participant.startDay(),
                "CASEWORKER",
                note,
                user.subject());
    }

    /** Plans one catalogue activity; a deadline counts from {@code anchor}. */
    Activity plan(
            Participant participant,
            InterventionModel model,
            InterventionModel.Activity activity,
            LocalDate plannedOn,
            LocalDate anchor,
            String source,
            String note,
            String actor) {
        LocalDate due = activity.deadlineDays() == null ? null : anchor.plusDays(activity.deadlineDays());
        Activity created = new Activity(
                UUID.randomUUID(),
                activity.code(),
                activity.name(),
                activity.kind().name(),
                plannedOn,
                due,
                null,
                "PLANNED",
                source,
                note);
        jdbc.update(
                "INSERT INTO activity (id, tenant_id, participant_id, code, name, kind, planned_on, due_on, status,"
                        + " source, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                created.id(),
                TenantContext.municipality().orElseThrow(),
                participant.id().value(),
                created.code(),
                created.name(),
                created.kind(),
                Date.valueOf(plannedOn),
                due == null ? null : Date.valueOf(due),
                created.status(),
                source,
                note,
                actor,
                Timestamp.from(clock.instant()));
        events.record(
                participant,
                "ACTIVITY_PLANNED",
                plannedOn,
                activity.code() + (due == null ? "" : " due " + due),
                actor);
        if (activity.recurEveryDays() != null) {
            followUps.scheduleRecurring(participant, model, plannedOn, activity.recurEveryDays());
        }
        return created;
    }

    @Transactional
    public Activity complete(
            CurrentUser user, ProgramId program, ParticipantId id, UUID activityId, LocalDate on, String note) {
        Participant participant =
                participants.forWork(user, program, id, "activity done").participant();
        Activity activity = jdbc
                .query(SELECT + " WHERE id = ? AND participant_id = ?", Activities::map, activityId, id.value())
                .stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Activity " + activityId));
        if (!"PLANNED".equals(activity.status())) {
            throw ProblemException.conflict(
                    "The activity is " + activity.status().toLowerCase() + " already");
        }
        DateRules.requireBetween(on, participant.startDay(), LocalDate.now(clock), "on");
        jdbc.update(
                "UPDATE activity SET status = 'DONE', done_on = ?, note = coalesce(?, note) WHERE id = ?",
                Date.valueOf(on),
                note,
                activityId);
        events.record(participant, "ACTIVITY_DONE", on, activity.code(), user.subject());
        return jdbc.query(SELECT + " WHERE id = ?", Activities::map, activityId).get(0);
    }

    @Transactional
    public List<Activity> list(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "activities");
        return jdbc.query(
                SELECT + " WHERE participant_id = ? ORDER BY coalesce(due_on, planned_on), planned_on, code",
                Activities::map,
                id.value());
    }

    /** Cancels what was still planned when the participation ends. */
    void cancelOpen(Participant participant) {
        jdbc.update(
                "UPDATE activity SET status = 'CANCELLED' WHERE participant_id = ? AND status = 'PLANNED'",
                participant.id().value());
    }

    private static final String SELECT =
            "SELECT id, code, name, kind, planned_on, due_on, done_on, status, source, note FROM activity";

    private static Activity map(ResultSet rs, int i) throws SQLException {
        return new Activity(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }

    /** A planned or done activity; with a due day it is a task. */
    public record Activity(
            UUID id,
            String code,
            String name,
            String kind,
            LocalDate plannedOn,
            LocalDate dueOn,
            LocalDate doneOn,
            String status,
            String source,
            String note) {

        boolean overdueOn(LocalDate today) {
            return "PLANNED".equals(status) && dueOn != null && today.isAfter(dueOn);
        }
    }
}
