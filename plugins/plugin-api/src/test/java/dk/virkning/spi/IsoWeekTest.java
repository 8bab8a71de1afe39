package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    @Test
    void parsesAndPrintsIsoWeeks() {
        assertThat(IsoWeek.parse("2024-W05")).isEqualTo(new IsoWeek(2024, 5));
        assertThat(IsoWeek.parse("2024W05")).isEqualTo(new IsoWeek(2024, 5));
        assertThat(IsoWeek.parse(" 2024-W05 ")).isEqualTo(new IsoWeek(2024, 5));
        assertThat(new IsoWeek(2024, 5)).hasToString("2024-W05");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"2024-05", "2024-W5", "2024-W005", "24-W05", "W05", "2024-W", "abc", "2024-W00", "2024-W54"})
    void refusesTextThatIsNoIsoWeek(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWeek53InAYearWithOnly52Weeks() {
        assertThatThrownBy(() -> IsoWeek.parse("2023-W53"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023");
        assertThatThrownBy(() -> new IsoWeek(2024, 53)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsWeek53InTheYearsThatHaveIt() {
        // a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year
        assertThat(IsoWeek.parse("2020-W53").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(IsoWeek.parse("2015-W53").monday()).isEqualTo(LocalDate.of(2015, 12, 28));
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void datesAtTheYearBoundaryBelongToTheirIsoYear() {
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 29))).isEqualTo(new IsoWeek(2024, 52));
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.of(LocalDate.of(2025, 1, 5))).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).isEqualTo(new IsoWeek(2020, 53));
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 4))).isEqualTo(new IsoWeek(2021, 1));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(IsoWeek.of(LocalDate.of(2024, 1, 1))).isEqualTo(new IsoWeek(2024, 1));
    }

    @Test
    void theMondayOfAWeekMayLieInThePreviousCalendarYear() {
        assertThat(new IsoWeek(2025, 1).monday()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(new IsoWeek(2020, 1).monday()).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void addsWeeksAcrossYearsWithAndWithoutAWeek53() {
        assertThat(IsoWeek.parse("2020-W52").plusWeeks(1)).isEqualTo(new IsoWeek(2020, 53));
        assertThat(IsoWeek.parse("2020-W52").plusWeeks(2)).isEqualTo(new IsoWeek(2021, 1));
        assertThat(IsoWeek.parse("2024-W52").plusWeeks(1)).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.parse("2025-W01").plusWeeks(-1)).isEqualTo(new IsoWeek(2024, 52));
        assertThat(IsoWeek.parse("2024-W01").plusWeeks(0)).isEqualTo(new IsoWeek(2024, 1));
        // 2024 has 52 weeks, 2020 has 53
        assertThat(IsoWeek.parse("2024-W01").plusWeeks(52)).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.parse("2020-W01").plusWeeks(52)).isEqualTo(new IsoWeek(2020, 53));
        assertThat(IsoWeek.parse("2020-W01").plusWeeks(53)).isEqualTo(new IsoWeek(2021, 1));
    }

    @Test
    void countsWholeWeeksBetweenWeeksInBothDirections() {
        IsoWeek start = IsoWeek.parse("2020-W52");
        assertThat(start.weeksUntil(start)).isZero();
        assertThat(start.weeksUntil(new IsoWeek(2021, 1))).isEqualTo(2);
        assertThat(new IsoWeek(2021, 1).weeksUntil(start)).isEqualTo(-2);
        assertThat(IsoWeek.parse("2024-W01").weeksUntil(IsoWeek.parse("2025-W01")))
                .isEqualTo(52);
        assertThat(IsoWeek.parse("2020-W01").weeksUntil(IsoWeek.parse("2021-W01")))
                .isEqualTo(53);
    }

    @Test
    void plusWeeksAndWeeksUntilAreInverse() {
        IsoWeek start = IsoWeek.parse("2019-W40");
        for (int k = -60; k <= 400; k++) {
            assertThat(start.weeksUntil(start.plusWeeks(k))).isEqualTo(k);
        }
    }

    @Test
    void everyWeekOfSeveralYearsRoundTripsThroughTextAndItsMonday() {
        for (int year = 2015; year <= 2030; year++) {
            // java.time's own range of week numbers for the week-based year, independent of IsoWeek
            long weeksInYear = LocalDate.of(year, 6, 1)
                    .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    .getMaximum();
            for (int week = 1; week <= weeksInYear; week++) {
                IsoWeek w = new IsoWeek(year, week);
                assertThat(IsoWeek.parse(w.toString())).isEqualTo(w);
                assertThat(w.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(IsoWeek.of(w.monday())).isEqualTo(w);
                assertThat(IsoWeek.of(w.monday().plusDays(6))).isEqualTo(w);
            }
        }
    }

    @Test
    void ordersWeeksChronologically() {
        List<IsoWeek> weeks = new ArrayList<>(List.of(
                IsoWeek.parse("2021-W01"),
                IsoWeek.parse("2020-W53"),
                IsoWeek.parse("2020-W02"),
                IsoWeek.parse("2020-W10")));
        Collections.sort(weeks);
        assertThat(weeks).extracting(IsoWeek::toString).containsExactly("2020-W02", "2020-W10", "2020-W53", "2021-W01");
    }
}
