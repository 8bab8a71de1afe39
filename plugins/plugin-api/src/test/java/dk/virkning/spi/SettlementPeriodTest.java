package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettlementPeriodTest {

    @Test
    void theHorizonIsTheLastWeekThatHasEndedByThePeriodsLastDay() {
        // 2024-03-31 is a Sunday: its own week 2024-W13 has ended
        assertThat(period("2024-01-01", "2024-03-31").horizon()).isEqualTo(IsoWeek.parse("2024-W13"));
        // 2024-09-30 is the Monday of 2024-W40: that week belongs to the next period
        assertThat(period("2024-07-01", "2024-09-30").horizon()).isEqualTo(IsoWeek.parse("2024-W39"));
        // 2024-12-31 is the Tuesday of 2025-W01
        assertThat(period("2024-10-01", "2024-12-31").horizon()).isEqualTo(IsoWeek.parse("2024-W52"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> period("2024-02-01", "2024-01-31")).isInstanceOf(IllegalArgumentException.class);
    }

    private static SettlementPeriod period(String first, String last) {
        return new SettlementPeriod(LocalDate.parse(first), LocalDate.parse(last));
    }
}
