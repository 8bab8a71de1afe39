package dk.virkning.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of amounts in Danish kroner: 2 decimals, HALF_EVEN, once per line. */
public final class Dkk {

    /** The scale of every amount. */
    public static final int SCALE = 2;

    private Dkk() {}

    /** Rounds an amount to øre, HALF_EVEN. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Zero kroner with 2 decimals. */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
