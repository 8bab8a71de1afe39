package dk.virkning.plugins.nk1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NK1's effect goals G1–G4 on a small hand-checked cohort; letters: D benefit, S self, K cash, ? unknown. */
class Nk1EffectGoalsTest {

    private static final IsoWeek START = IsoWeek.parse("2024-W01");
    private static final LocalDate DAY = START.monday();
    private static final SettlementPeriod YEAR_2025 =
            new SettlementPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));

    @Test
    void measuresEachGoalAsAShareOfDecidedParticipants() {
        List<GoalResult> goals = new Nk1EffectGoals()
                .evaluate(new FormulaContext(
                        "p",
                        new Terms(Map.of()),
                        YEAR_2025,
                        List.of(
                                // a: plan; well at k = 3 (S); run k = 3..6; WHO-5 40 -> 60 (higher)
                                p("a", "DDDSSSSS", plan(), who5(40, true, 0), who5(60, false, 100)),
                                // b: no plan; first non-benefit week is cash (K): G2 not reached;
                                // never 4 S in a row within the known 60 weeks: G3 not reached;
                                // WHO-5 50 -> 44 (lower)
                                p("b", "DDK" + "D".repeat(57), null, who5(50, true, 0), who5(44, false, 90)),
                                // c: plan; an unknown week before any decision leaves G2 pending, but the run
                                // k = 3..6 already reaches G3; no WHO-5, so G4 is pending
                                p("c", "DD?SSSS", plan()))));
        assertThat(goals).extracting(GoalResult::code).containsExactly("G1", "G2", "G3", "G4");
        assertThat(goals.get(0))
                .extracting(GoalResult::achieved, GoalResult::decided, GoalResult::pending)
                .containsExactly(2, 3, 0);
        assertThat(goals.get(0).actualPercent()).isEqualByComparingTo("66.7");
        assertThat(goals.get(1))
                .extracting(GoalResult::achieved, GoalResult::decided, GoalResult::pending)
                .containsExactly(1, 2, 1);
        assertThat(goals.get(2))
                .extracting(GoalResult::achieved, GoalResult::decided, GoalResult::pending)
                .containsExactly(2, 3, 0);
        assertThat(goals.get(3))
                .extracting(GoalResult::achieved, GoalResult::decided, GoalResult::pending)
                .containsExactly(1, 2, 1);
        assertThat(goals.get(3).actualPercent()).isEqualByComparingTo("50.0");
        assertThat(goals.get(3).targetPercent()).isEqualTo(80);
    }

    @Test
    void g2IsNotReachedWhenBenefitLastsBeyondHalfAYear() {
        ParticipantInput p = p("d", "D".repeat(27) + "S", null);
        assertThat(Nk1EffectGoals.wellWithinSixMonths(p, YEAR_2025.horizon())).isFalse();
    }

    private static ParticipantInput p(String id, String weeks, LifecycleEvent event, Measurement... measurements) {
        ParticipantInput base =
                Cohort.parse(id + ",MENTAL_ILLNESS," + START + "," + weeks).get(0);
        return new ParticipantInput(
                id,
                base.targetGroup(),
                base.startWeek(),
                null,
                event == null ? List.of() : List.of(event),
                List.of(measurements),
                base.statuses());
    }

    private static LifecycleEvent plan() {
        return new LifecycleEvent(LifecycleEvent.ACTION_PLAN_CREATED, DAY.plusDays(10), "1");
    }

    private static Measurement who5(int score, boolean atReferral, int day) {
        return new Measurement(Nk1EffectGoals.WHO5, DAY.plusDays(day), score, atReferral);
    }
}
