package dk.virkning.console.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An investor's cash flows over time as a server-rendered bar chart: money paid in (capital drawn)
 * below the zero line, money received (repayments, outcome payments) above it, one bar per flow in
 * date order. A table beside it says the same in text.
 */
public record CashFlowChart(int width, int height, int zeroY, List<Bar> bars) {

    static final int PLOT = 200;
    static final int BAR = 28;
    static final int GAP = 12;

    /** A flow: when, how much (negative when the investor pays), and what it was. */
    public record Flow(LocalDate date, BigDecimal amount, String kind) {}

    /** A bar in pixels. */
    public record Bar(int x, int y, int height, boolean incoming, Flow flow) {}

    public static CashFlowChart of(List<Flow> flows) {
        List<Flow> sorted =
                flows.stream().sorted(Comparator.comparing(Flow::date)).toList();
        BigDecimal max = sorted.stream()
                .map(f -> f.amount().abs())
                .max(Comparator.naturalOrder())
                .filter(m -> m.signum() > 0)
                .orElse(BigDecimal.ONE);
        int half = PLOT / 2;
        int zero = 10 + half;
        List<Bar> bars = new ArrayList<>();
        int x = 10;
        for (Flow flow : sorted) {
            int h = flow.amount()
                    .abs()
                    .multiply(BigDecimal.valueOf(half))
                    .divide(max, 0, RoundingMode.HALF_EVEN)
                    .intValue();
            h = Math.max(h, 1);
            boolean incoming = flow.amount().signum() >= 0;
            bars.add(new Bar(x, incoming ? zero - h : zero, h, incoming, flow));
            x += BAR + GAP;
        }
        return new CashFlowChart(Math.max(x + 10, 200), PLOT + 20, zero, List.copyOf(bars));
    }

    public int barWidth() {
        return BAR;
    }
}
