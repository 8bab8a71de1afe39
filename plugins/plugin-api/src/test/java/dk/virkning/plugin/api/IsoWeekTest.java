package dk.virkning.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void parsesAndPrintsIsoWeeks() {
        assertThat(IsoWeek.parse("2024-W05")).isEqualTo(new IsoWeek(2024, 5));
        assertThat(IsoWeek.parse("2024W05").toString()).isEqualTo("2024-W05");
    }

    @Test
    void refusesTextThatIsNoWeek() {
        assertThatThrownBy(() -> IsoWeek.parse("2024-05")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2024-W00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsWhichYearsHaveAWeek53() {
        assertThat(IsoWeek.parse("2020-W53").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThatThrownBy(() -> IsoWeek.parse("2023-W53")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAtTheYearBoundaryBelongToTheirIsoYear() {
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).isEqualTo(new IsoWeek(2020, 53));
        assertThat(IsoWeek.of(LocalDate.of(2024, 1, 1))).isEqualTo(new IsoWeek(2024, 1));
    }

    @Test
    void countsWeeksAcrossYears() {
        IsoWeek start = IsoWeek.parse("2020-W52");
        assertThat(start.plusWeeks(2)).isEqualTo(new IsoWeek(2021, 1));
        assertThat(start.weeksUntil(new IsoWeek(2021, 1))).isEqualTo(2);
        assertThat(new IsoWeek(2021, 1).weeksUntil(start)).isEqualTo(-2);
        assertThat(start.compareTo(new IsoWeek(2021, 1))).isNegative();
    }
}
