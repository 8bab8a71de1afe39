package dk.virkning.casework;

import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versioned action plans: every revision is a new version, so the history shows how the plan changed.
 * Each version is a lifecycle event (NK1's goal G1 reads it).
 */
@Service
public class ActionPlans {

    private final Participants participants;
    private final ParticipantEvents events;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ActionPlans(Participants participants, ParticipantEvents events, JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.participants = participants;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Version revise(CurrentUser user, ProgramId program, ParticipantId id, Content content) {
        if (content.barriers().stream().anyMatch(String::isBlank)
                || content.steps().stream().anyMatch(step -> step.description().isBlank())) {
            throw dk.virkning.shared.ProblemException.unprocessable(
                    "invalid-action-plan",
                    "Every barrier and every step needs a text",
                    List.of(dk.virkning.shared.ProblemError.field("barriers/steps", "has a blank entry")));
        }
        Participants.Participation work = participants.forWork(user, program, id, "action plan");
        LocalDate today = LocalDate.now(clock);
        LocalDate madeOn = content.madeOn() == null ? today : content.madeOn();
        DateRules.requireBetween(madeOn, work.participant().startDay().minusWeeks(4), today, "madeOn");
        content = new Content(madeOn, content.barriers(), content.steps());
        // The participant row is locked by nothing here; the primary key (participant, version)
        // refuses a concurrent duplicate version, which the caller may retry.
        Integer last = jdbc.queryForObject(
                "SELECT coalesce(max(version), 0) FROM action_plan WHERE participant_id = ?",
                Integer.class,
                id.value());
        int version = (last == null ? 0 : last) + 1;
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO action_plan (tenant_id, participant_id, version, content, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?::jsonb, ?, ?)",
                TenantContext.municipality().orElseThrow(),
                id.value(),
                version,
                json.writeValueAsString(content),
                Timestamp.from(now),
                user.subject());
        events.record(
                work.participant(),
                LifecycleEvent.ACTION_PLAN_CREATED,
                madeOn,
                String.valueOf(version),
                user.subject());
        return new Version(version, content, now, user.subject());
    }

    @Transactional
    public List<Version> history(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "action plans");
        return jdbc.query(
                "SELECT version, content, created_at, created_by FROM action_plan WHERE participant_id = ?"
                        + " ORDER BY version DESC",
                (rs, i) -> new Version(
                        rs.getInt(1),
                        json.readValue(rs.getString(2), Content.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)),
                id.value());
    }

    /** The plan's content: barriers to work, and planned steps that meet them. */
    public record Content(LocalDate madeOn, List<String> barriers, List<Step> steps) {}

    /** A planned step. */
    public record Step(String description, String barrier, LocalDate dueOn) {}

    /** One version of the plan. */
    record Version(int version, Content content, Instant createdAt, String createdBy) {}
}
