package dk.virkning.settlement;

import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.Participants;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.LifecycleEvent;
import dk.virkning.plugin.api.Measurement;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.StatusTimeline;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.program.Program;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gathers everything a formula may price, up to the period's horizon: weeks after it are unknown to
 * the formula even when already imported, so a statement depends only on its period and on what was
 * known when it ran.
 */
@Component
class SettlementInputs {

    private final Participants participants;
    private final ParticipantEvents events;
    private final Wellbeing wellbeing;
    private final JdbcTemplate jdbc;

    SettlementInputs(Participants participants, ParticipantEvents events, Wellbeing wellbeing, JdbcTemplate jdbc) {
        this.participants = participants;
        this.events = events;
        this.wellbeing = wellbeing;
        this.jdbc = jdbc;
    }

    FormulaContext build(Program program, Terms terms, SettlementPeriod period) {
        IsoWeek horizon = period.horizon();
        Map<UUID, WeeklyStatus[]> weeks = new HashMap<>();
        List<Participant> started = new ArrayList<>();
        for (Participant p : participants.allOf(program.id())) {
            long length = p.startWeek().weeksUntil(horizon) + 1;
            if (length > 0) {
                WeeklyStatus[] statuses = new WeeklyStatus[(int) length];
                Arrays.fill(statuses, WeeklyStatus.UNKNOWN);
                weeks.put(p.id().value(), statuses);
                started.add(p);
            }
        }
        Map<UUID, IsoWeek> starts = new HashMap<>();
        started.forEach(p -> starts.put(p.id().value(), p.startWeek()));
        jdbc.query(
                "SELECT participant_id, week, status FROM weekly_status WHERE program_id = ? AND week <= ?",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    WeeklyStatus[] statuses = weeks.get(id);
                    if (statuses != null) {
                        int k = (int) starts.get(id)
                                .weeksUntil(IsoWeek.of(rs.getDate(2).toLocalDate()));
                        if (k >= 0 && k < statuses.length) {
                            statuses[k] = WeeklyStatus.valueOf(rs.getString(3));
                        }
                    }
                },
                program.id().value(),
                Date.valueOf(horizon.monday()));
        Map<UUID, List<LifecycleEvent>> lifecycle =
                events.forFormula(program.id().value(), period.lastDay());
        Map<UUID, List<Measurement>> measured =
                wellbeing.forFormula(program.id().value(), period.lastDay());
        List<ParticipantInput> inputs = started.stream()
                .map(p -> new ParticipantInput(
                        p.id().toString(),
                        p.targetGroup(),
                        p.startWeek(),
                        p.referral().facts(),
                        lifecycle.getOrDefault(p.id().value(), List.of()),
                        measured.getOrDefault(p.id().value(), List.of()),
                        StatusTimeline.of(trimUnknownTail(weeks.get(p.id().value())))))
                .toList();
        return new FormulaContext(program.id().toString(), terms, period, inputs);
    }

    /** Trailing unknown weeks carry no information; dropping them keeps the snapshot canonical. */
    private static List<WeeklyStatus> trimUnknownTail(WeeklyStatus[] statuses) {
        int end = statuses.length;
        while (end > 0 && statuses[end - 1] == WeeklyStatus.UNKNOWN) {
            end--;
        }
        return Arrays.asList(statuses).subList(0, end);
    }
}
