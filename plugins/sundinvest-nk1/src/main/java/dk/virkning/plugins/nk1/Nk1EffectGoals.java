package dk.virkning.plugins.nk1;

import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.WeeklyStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pf4j.Extension;

/**
 * NK1's effect goals G1–G4 (DOMAIN.md 6.3), each a share of participants. G5 (staff knowledge) is
 * qualitative and not measured. Each participant's outcome is {@link Boolean#TRUE reached}, {@link
 * Boolean#FALSE not reached} or {@code null} while undecided.
 */
@Extension
public class Nk1EffectGoals implements EffectGoalEvaluator {

    static final String WHO5 = "WHO5";

    @Override
    public String id() {
        return Nk1InterventionModel.ID;
    }

    @Override
    public List<GoalResult> evaluate(FormulaContext context) {
        LocalDate lastDay = context.period().lastDay();
        IsoWeek horizon = context.period().horizon();
        List<ParticipantInput> all = context.participants();
        return List.of(
                count("G1", 100, all, p -> actionPlan(p, lastDay)),
                count("G2", 60, all, p -> wellWithinSixMonths(p, horizon)),
                count("G3", 40, all, p -> selfSupportingWithinAYear(p, horizon)),
                count("G4", 80, all, p -> higherWellBeing(p, lastDay)));
    }

    /** G1: an action plan was made by the period's end. */
    static Boolean actionPlan(ParticipantInput p, LocalDate lastDay) {
        return p.events().stream()
                .anyMatch(e -> e.type().equals(LifecycleEvent.ACTION_PLAN_CREATED)
                        && !e.date().isAfter(lastDay));
    }

    /**
     * G2: the first week that is neither sickness benefit nor job clarification has {@code k ≤ 26}
     * and is self-supporting. Undecided while an unknown week comes first.
     */
    static Boolean wellWithinSixMonths(ParticipantInput p, IsoWeek horizon) {
        for (int k = 0; k <= 26; k++) {
            WeeklyStatus s = p.statusAsOf(k, horizon);
            if (s == WeeklyStatus.UNKNOWN) {
                return null;
            }
            if (s != WeeklyStatus.SICKNESS_BENEFIT && s != WeeklyStatus.JOB_CLARIFICATION) {
                return s == WeeklyStatus.SELF_SUPPORTING;
            }
        }
        return false;
    }

    /** G3: a run of at least 4 self-supporting weeks starts at {@code k ≤ 52}. */
    static Boolean selfSupportingWithinAYear(ParticipantInput p, IsoWeek horizon) {
        boolean unknown = false;
        for (int start = 0; start <= 52; start++) {
            boolean run = true;
            for (int k = start; k < start + 4; k++) {
                WeeklyStatus s = p.statusAsOf(k, horizon);
                unknown |= s == WeeklyStatus.UNKNOWN;
                run &= s == WeeklyStatus.SELF_SUPPORTING;
            }
            if (run) {
                return true;
            }
        }
        return unknown ? null : false;
    }

    /** G4: the last WHO-5 score is higher than the one at referral; undecided without both. */
    static Boolean higherWellBeing(ParticipantInput p, LocalDate lastDay) {
        List<Measurement> who5 = p.measurements().stream()
                .filter(m -> m.instrument().equals(WHO5) && !m.date().isAfter(lastDay))
                .toList();
        Optional<Measurement> referral =
                who5.stream().filter(Measurement::atReferral).findFirst();
        Optional<Measurement> last =
                who5.stream().filter(m -> !m.atReferral()).max(Comparator.comparing(Measurement::date));
        if (referral.isEmpty() || last.isEmpty()) {
            return null;
        }
        return last.get().score() > referral.get().score();
    }

    private static GoalResult count(
            String code, int target, List<ParticipantInput> participants, Function<ParticipantInput, Boolean> goal) {
        int achieved = 0;
        int decided = 0;
        int pending = 0;
        for (ParticipantInput p : participants) {
            Boolean outcome = goal.apply(p);
            if (outcome == null) {
                pending++;
            } else {
                decided++;
                achieved += outcome ? 1 : 0;
            }
        }
        return new GoalResult(code, target, achieved, decided, pending);
    }
}
