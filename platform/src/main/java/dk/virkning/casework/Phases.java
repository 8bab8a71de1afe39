package dk.virkning.casework;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.InterventionModel;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A participant's phases as the model defines them: only allowed transitions, with dates and overdue flags. */
@Service
public class Phases {

    private final Participants participants;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Phases(Participants participants, JdbcTemplate jdbc, Clock clock) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts the model's first phase on the participant's start day. */
    void start(Participant participant, InterventionModel model, String actor) {
        if (model.phases().isEmpty()) {
            return;
        }
        InterventionModel.Phase first = model.phases().get(0);
        open(participant, first, participant.startDay(), actor);
    }

    /** Moves the participant to {@code phaseCode} on {@code on}; refuses a transition the model does not allow. */
    @Transactional
    public PhaseRecord change(CurrentUser user, ProgramId program, ParticipantId id, String phaseCode, LocalDate on) {
        Participants.Participation work = participants.forWork(user, program, id, "phase " + phaseCode);
        InterventionModel model = work.model();
        InterventionModel.Phase target = find(model, phaseCode)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-phase",
                        "Phase '" + phaseCode + "' is not one of the model's: "
                                + model.phases().stream()
                                        .map(InterventionModel.Phase::code)
                                        .toList(),
                        List.of(ProblemError.field("phase", "is unknown"))));
        Participant participant = work.participant();
        String current = participant.currentPhase().map(c -> c.phase()).orElse(null);
        List<String> allowed = current == null
                ? List.of(model.phases().get(0).code())
                : find(model, current).map(InterventionModel.Phase::next).orElse(List.of());
        if (!allowed.contains(target.code())) {
            throw ProblemException.unprocessable(
                    "phase-transition-not-allowed",
                    "The model does not allow a move from " + (current == null ? "no phase" : current) + " to "
                            + target.code() + "; allowed: " + allowed,
                    List.of(ProblemError.field("phase", "must be one of " + allowed)));
        }
        LocalDate since = participant.currentPhase().map(c -> c.startedOn()).orElse(participant.startDay());
        DateRules.requireBetween(on, since, LocalDate.now(clock), "on");
        jdbc.update(
                "UPDATE participant_phase SET ended_on = ? WHERE participant_id = ? AND ended_on IS NULL",
                Date.valueOf(on),
                participant.id().value());
        return open(participant, target, on, user.subject());
    }

    @Transactional
    public List<PhaseRecord> history(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "phases");
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(
                "SELECT phase, max_weeks, started_on, ended_on FROM participant_phase WHERE participant_id = ?"
                        + " ORDER BY started_on, ended_on NULLS LAST",
                (rs, i) -> PhaseRecord.of(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        today),
                id.value());
    }

    /** Closes the open phase on the exit day. */
    void close(Participant participant, LocalDate on) {
        jdbc.update(
                "UPDATE participant_phase SET ended_on = greatest(started_on, ?) WHERE participant_id = ?"
                        + " AND ended_on IS NULL",
                Date.valueOf(on),
                participant.id().value());
    }

    private PhaseRecord open(Participant participant, InterventionModel.Phase phase, LocalDate on, String actor) {
        jdbc.update(
                "INSERT INTO participant_phase (id, tenant_id, participant_id, phase, max_weeks, started_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                TenantContext.municipality().orElseThrow(),
                participant.id().value(),
                phase.code(),
                phase.maxWeeks(),
                Date.valueOf(on));
        participants.enterPhase(participant, phase.code(), on, phase.maxWeeks(), actor);
        return PhaseRecord.of(phase.code(), phase.maxWeeks(), on, null, LocalDate.now(clock));
    }

    private static Optional<InterventionModel.Phase> find(InterventionModel model, String code) {
        return model.phases().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * One phase of a participant.
     *
     * @param phase the phase code
     * @param maxWeeks the model's maximum duration
     * @param startedOn the first day
     * @param endedOn the last day, or {@code null} while it runs
     * @param dueBy the last day within the maximum duration
     * @param overdue whether it ran, or runs, past {@code dueBy}
     */
    record PhaseRecord(
            String phase, int maxWeeks, LocalDate startedOn, LocalDate endedOn, LocalDate dueBy, boolean overdue) {

        static PhaseRecord of(String phase, int maxWeeks, LocalDate startedOn, LocalDate endedOn, LocalDate today) {
            LocalDate dueBy = startedOn.plusWeeks(maxWeeks).minusDays(1);
            return new PhaseRecord(
                    phase, maxWeeks, startedOn, endedOn, dueBy, (endedOn == null ? today : endedOn).isAfter(dueBy));
        }
    }
}
