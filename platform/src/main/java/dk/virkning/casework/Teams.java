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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team around a participant in the model's roles. In a role held by exactly one person a new
 * member replaces the current one; every change stays in the history.
 */
@Service
public class Teams {

    private final Participants participants;
    private final ParticipantEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Teams(Participants participants, ParticipantEvents events, JdbcTemplate jdbc, Clock clock) {
        this.participants = participants;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Assignment assign(
            CurrentUser user, ProgramId program, ParticipantId id, String roleCode, String member, LocalDate from) {
        Participants.Participation work = participants.forWork(user, program, id, "team " + roleCode);
        InterventionModel.TeamRole role = work.model().teamRoles().stream()
                .filter(r -> r.code().equals(roleCode))
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-role",
                        "Role '" + roleCode + "' is not one of the model's: "
                                + work.model().teamRoles().stream()
                                        .map(InterventionModel.TeamRole::code)
                                        .toList(),
                        List.of(ProblemError.field("role", "is unknown"))));
        String who = member.strip();
        if (who.isEmpty()) {
            throw ProblemException.unprocessable(
                    "invalid-member", "A team member needs an id", List.of(ProblemError.field("member", "is blank")));
        }
        Participant participant = work.participant();
        LocalDate today = LocalDate.now(clock);
        DateRules.requireBetween(from, participant.startDay(), today.plusDays(90), "from");
        List<Assignment> active = active(participant.id().value(), role.code(), from);
        if (active.stream().anyMatch(a -> a.member().equals(who))) {
            throw ProblemException.conflict(who + " is in role " + role.code() + " already");
        }
        String type = "TEAM_ASSIGNED";
        if (role.exactlyOne() && !active.isEmpty()) {
            Assignment current = active.get(0);
            if (!from.isAfter(current.from())) {
                throw ProblemException.unprocessable(
                        "invalid-date",
                        "The new " + role.code() + " can start only after the current one started (" + current.from()
                                + ")",
                        List.of(ProblemError.field("from", "is not after " + current.from())));
            }
            jdbc.update(
                    "UPDATE team_assignment SET to_on = ? WHERE id = ?", Date.valueOf(from.minusDays(1)), current.id());
            type = "TEAM_CHANGED";
        }
        Instant now = clock.instant();
        Assignment created = new Assignment(UUID.randomUUID(), role.code(), who, from, null, user.subject(), now);
        // The member is named by subject in the identity provider that speaks for this municipality,
        // the one the assigning staff member signed in with; so "mine" matches the person, not a name.
        String memberIssuer = user.worksFor(TenantContext.municipality().orElseThrow())
                ? user.issuer().orElse(null)
                : null;
        jdbc.update(
                "INSERT INTO team_assignment (id, tenant_id, participant_id, role, member, from_on, assigned_by,"
                        + " assigned_at, member_issuer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                created.id(),
                TenantContext.municipality().orElseThrow(),
                participant.id().value(),
                created.role(),
                created.member(),
                Date.valueOf(from),
                created.assignedBy(),
                Timestamp.from(now),
                memberIssuer);
        events.record(participant, type, from, role.code() + ": " + who, user.subject());
        return created;
    }

    @Transactional
    public List<Assignment> history(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "team");
        return jdbc.query(SELECT + " WHERE participant_id = ? ORDER BY from_on, assigned_at", Teams::map, id.value());
    }

    /** Ends every open assignment on the exit day. */
    void close(Participant participant, LocalDate on) {
        jdbc.update(
                "UPDATE team_assignment SET to_on = greatest(from_on - 1, ?) WHERE participant_id = ? AND to_on IS NULL",
                Date.valueOf(on),
                participant.id().value());
    }

    private List<Assignment> active(UUID participant, String role, LocalDate day) {
        return jdbc.query(
                SELECT + " WHERE participant_id = ? AND role = ? AND (to_on IS NULL OR to_on >= ?) ORDER BY from_on",
                Teams::map,
                participant,
                role,
                Date.valueOf(day));
    }

    private static final String SELECT =
            "SELECT id, role, member, from_on, to_on, assigned_by, assigned_at FROM team_assignment";

    private static Assignment map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Assignment(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getDate(4).toLocalDate(),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }

    /** One member in one role for a time. */
    record Assignment(
            UUID id, String role, String member, LocalDate from, LocalDate to, String assignedBy, Instant assignedAt) {}
}
