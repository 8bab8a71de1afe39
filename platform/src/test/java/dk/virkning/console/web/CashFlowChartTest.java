package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.console.web.CashFlowChart.Flow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashFlowChartTest {

    @Test
    void flowsAreDrawnInDateOrderOutBelowAndInAboveTheZeroLineScaledToTheLargest() {
        CashFlowChart chart = CashFlowChart.of(List.of(
                new Flow(LocalDate.of(2023, 3, 31), new BigDecimal("100000"), "OUTCOME_PAYMENT"),
                new Flow(LocalDate.of(2022, 1, 1), new BigDecimal("-400000"), "DRAWDOWN")));

        assertThat(chart.bars()).extracting(b -> b.flow().kind()).containsExactly("DRAWDOWN", "OUTCOME_PAYMENT");
        CashFlowChart.Bar out = chart.bars().get(0);
        CashFlowChart.Bar in = chart.bars().get(1);
        assertThat(out.incoming()).isFalse();
        assertThat(out.y()).isEqualTo(chart.zeroY());
        assertThat(out.height()).isEqualTo(CashFlowChart.PLOT / 2);
        assertThat(in.incoming()).isTrue();
        assertThat(in.height()).isEqualTo(CashFlowChart.PLOT / 8);
        assertThat(in.y() + in.height()).isEqualTo(chart.zeroY());
        assertThat(in.x()).isGreaterThan(out.x());
    }

    @Test
    void noFlowsMakeAnEmptyChart() {
        assertThat(CashFlowChart.of(List.of()).bars()).isEmpty();
    }
}
