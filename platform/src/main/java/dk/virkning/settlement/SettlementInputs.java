package dk.virkning.settlement;

import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.Enrolments;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.program.Program;
import dk.virkning.register.WeeklyStatusStream;
import dk.virkning.snapshot.Timelines;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gathers everything a formula may price, up to the period's horizon: weeks after it are unknown to
 * the formula even when already imported, so a statement depends only on its period and on what was
 * known when it ran.
 *
 * <p>Built for national cohorts (100,000 participants × 156 weeks): the participants come from the
 * participant feature's {@link Enrolments} and the weekly statuses from the register's streaming
 * {@link WeeklyStatusStream}, kept as one byte per week per participant; there is no object per
 * person-week.
 */
@Component
class SettlementInputs {

    private final Enrolments enrolments;
    private final WeeklyStatusStream statuses;
    private final ParticipantEvents events;
    private final Wellbeing wellbeing;

    SettlementInputs(
            Enrolments enrolments, WeeklyStatusStream statuses, ParticipantEvents events, Wellbeing wellbeing) {
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.events = events;
        this.wellbeing = wellbeing;
    }

    /** One started participant while the statuses stream in. */
    private record Slot(Enrolments.Enrolled participant, byte[] codes) {}

    FormulaContext build(Program program, Terms terms, SettlementPeriod period) {
        IsoWeek horizon = period.horizon();
        UUID programId = program.id().value();
        // The enrolment order, which the snapshot format is canonical in. The program row is locked by
        // the settlement, so no one enrols while the statuses stream in.
        List<Slot> started = new ArrayList<>();
        List<byte[]> byOrdinal = new ArrayList<>();
        enrolments.inEnrolmentOrder(program.id(), p -> {
            long length = p.startWeek().weeksUntil(horizon) + 1;
            if (length <= 0) {
                byOrdinal.add(null);
                return;
            }
            byte[] codes = new byte[(int) length];
            Arrays.fill(codes, Timelines.UNKNOWN);
            byOrdinal.add(codes);
            started.add(new Slot(p, codes));
        });
        statuses.readInto(program.id(), byOrdinal);
        Map<UUID, List<LifecycleEvent>> lifecycle = events.forFormula(programId, period.lastDay());
        Map<UUID, List<Measurement>> measured = wellbeing.forFormula(programId, period.lastDay());
        List<ParticipantInput> inputs = new ArrayList<>(started.size());
        for (Slot s : started) {
            Enrolments.Enrolled p = s.participant();
            // Trailing unknown weeks carry no information; dropping them keeps the snapshot canonical.
            inputs.add(new ParticipantInput(
                    p.id().toString(),
                    p.targetGroup(),
                    p.startWeek(),
                    p.referral(),
                    lifecycle.getOrDefault(p.id(), List.of()),
                    measured.getOrDefault(p.id(), List.of()),
                    Timelines.of(s.codes(), s.codes().length)));
        }
        return new FormulaContext(program.id().toString(), terms, period, inputs);
    }
}
