package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DkkTest {

    @Test
    void roundsToOereHalfEven() {
        // a tie goes to the even øre; anything else to the nearest
        assertThat(Dkk.round(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Dkk.round(new BigDecimal("0.015"))).isEqualTo(new BigDecimal("0.02"));
        assertThat(Dkk.round(new BigDecimal("0.025"))).isEqualTo(new BigDecimal("0.02"));
        assertThat(Dkk.round(new BigDecimal("-0.015"))).isEqualTo(new BigDecimal("-0.02"));
        assertThat(Dkk.round(new BigDecimal("0.0251"))).isEqualTo(new BigDecimal("0.03"));
        assertThat(Dkk.round(new BigDecimal("1440"))).isEqualTo(new BigDecimal("1440.00"));
    }

    @Test
    void zeroHasTwoDecimals() {
        assertThat(Dkk.zero()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Dkk.zero().scale()).isEqualTo(Dkk.SCALE);
    }
}
