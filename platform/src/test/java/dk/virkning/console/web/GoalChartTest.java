package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.EffectGoalStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalChartTest {

    @Test
    void eachGoalHasATargetBarAndAnActualBarScaledToTheSameHundredPercent() {
        GoalChart chart = GoalChart.of(List.of(
                goal("M1", 50, "25.0", true, 3),
                goal("M2", 100, "120", true, 0),
                new EffectGoalStatus()
                        .code("M3")
                        .targetPercent(40)
                        .measured(false)
                        .pending(7)));

        assertThat(chart.rows()).hasSize(3);
        GoalChart.Row first = chart.rows().get(0);
        assertThat(first.targetWidth()).isEqualTo(GoalChart.BARS / 2);
        assertThat(first.actualWidth()).isEqualTo(GoalChart.BARS / 4);
        assertThat(first.pending()).isEqualTo(3);
        // Above 100 % is drawn at full width; the table says the real figure.
        assertThat(chart.rows().get(1).actualWidth()).isEqualTo(GoalChart.BARS);
        // Not measured: no actual bar, the pending still shown.
        assertThat(chart.rows().get(2).actualWidth()).isNull();
        assertThat(chart.rows().get(2).pending()).isEqualTo(7);
        assertThat(chart.rows().get(1).y()).isEqualTo(first.y() + GoalChart.ROW);
        assertThat(chart.height()).isGreaterThan(chart.rows().get(2).y());
    }

    @Test
    void noGoalsMakeAnEmptyChart() {
        assertThat(GoalChart.of(List.of()).rows()).isEmpty();
    }

    private static EffectGoalStatus goal(String code, int target, String actual, boolean measured, int pending) {
        return new EffectGoalStatus()
                .code(code)
                .targetPercent(target)
                .actualPercent(actual)
                .measured(measured)
                .pending(pending);
    }
}
