package dk.virkning.console.web;

import dk.virkning.client.model.EffectGoalStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The effect-goal dashboard as a server-rendered bar chart: per goal, the target and the actual
 * share (0 to 100 %) as two bars, with the pending count beside them. The template draws the
 * rectangles; a table beside the chart says the same in text.
 */
public record GoalChart(int width, int height, List<Row> rows) {

    static final int LABEL = 110;
    static final int BARS = 360;
    static final int ROW = 48;

    /** One goal's bars: widths in pixels, actual null when not measured yet. */
    public record Row(
            String code,
            int y,
            int targetWidth,
            Integer actualWidth,
            int targetPercent,
            String actualPercent,
            boolean onTarget,
            int pending) {

        public int labelY() {
            return y + 20;
        }

        public int actualY() {
            return y + 18;
        }

        public int targetTextX() {
            return LABEL + targetWidth + 6;
        }

        public int actualTextX() {
            return LABEL + (actualWidth == null ? 0 : actualWidth) + 6;
        }
    }

    public static GoalChart of(List<EffectGoalStatus> goals) {
        List<Row> rows = new ArrayList<>();
        int y = 8;
        for (EffectGoalStatus goal : goals) {
            int target = goal.getTargetPercent() == null ? 0 : goal.getTargetPercent();
            boolean measured = Boolean.TRUE.equals(goal.getMeasured()) && goal.getActualPercent() != null;
            Integer actual = measured ? scale(new BigDecimal(goal.getActualPercent())) : null;
            rows.add(new Row(
                    goal.getCode(),
                    y,
                    scale(BigDecimal.valueOf(target)),
                    actual,
                    target,
                    measured ? goal.getActualPercent() : null,
                    Boolean.TRUE.equals(goal.getOnTarget()),
                    goal.getPending() == null ? 0 : goal.getPending()));
            y += ROW;
        }
        return new GoalChart(LABEL + BARS + 230, Math.max(y + 8, 40), List.copyOf(rows));
    }

    public int barsX() {
        return LABEL;
    }

    public int pendingX() {
        return LABEL + BARS + 130;
    }

    /** Percent (0..100, clamped) to pixels. */
    static int scale(BigDecimal percent) {
        BigDecimal clamped = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.multiply(BigDecimal.valueOf(BARS))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN)
                .intValue();
    }
}
