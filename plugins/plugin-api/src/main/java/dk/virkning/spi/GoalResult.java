package dk.virkning.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How far a program has come on one effect goal. Participants whose outcome is not decided yet
 * (unknown weeks, a missing measurement) are pending and count in neither number.
 *
 * @param code the goal's code, e.g. {@code G2}
 * @param targetPercent the target share in percent, or {@code null}
 * @param achieved participants who reached the goal
 * @param decided participants whose outcome is decided, reached or not
 * @param pending participants whose outcome is not decided yet
 */
public record GoalResult(String code, Integer targetPercent, int achieved, int decided, int pending) {

    /** Validates the counts. */
    public GoalResult {
        Objects.requireNonNull(code, "code");
        if (achieved < 0 || decided < achieved || pending < 0) {
            throw new IllegalArgumentException("counts must satisfy 0 <= achieved <= decided and pending >= 0");
        }
    }

    /** The share reached among decided participants, in percent with one decimal; {@code null} if none is decided. */
    public BigDecimal actualPercent() {
        return decided == 0
                ? null
                : BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_EVEN);
    }
}
