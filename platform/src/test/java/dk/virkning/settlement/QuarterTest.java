package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.virkning.shared.ProblemException;
import dk.virkning.spi.IsoWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class QuarterTest {

    @ParameterizedTest
    @CsvSource({
        "2024-Q1, 2024-01-01, 2024-03-31",
        "2024-Q2, 2024-04-01, 2024-06-30",
        "2024-Q3, 2024-07-01, 2024-09-30",
        "2024-Q4, 2024-10-01, 2024-12-31"
    })
    void aQuarterRunsFromItsFirstToItsLastDay(String label, LocalDate first, LocalDate last) {
        Quarter quarter = Quarter.parse(label);

        assertThat(quarter.firstDay()).isEqualTo(first);
        assertThat(quarter.lastDay()).isEqualTo(last);
        assertThat(quarter.period().firstDay()).isEqualTo(first);
        assertThat(quarter.period().lastDay()).isEqualTo(last);
    }

    @Test
    void theFirstQuarterOfALeapYearEndsOnTheLastOfMarchAndIncludesTheLeapDay() {
        Quarter quarter = Quarter.parse("2024-Q1");

        assertThat(quarter.firstDay().datesUntil(quarter.lastDay().plusDays(1))).hasSize(91);
        assertThat(Quarter.parse("2023-Q1").firstDay().datesUntil(LocalDate.of(2023, 4, 1)))
                .hasSize(90);
    }

    @Test
    void parsingGivesYearAndQuarter() {
        assertThat(Quarter.parse("2031-Q3")).isEqualTo(new Quarter(2031, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q1", "2024-Q4", "1999-Q2", "2030-Q3"})
    void theLabelRoundTrips(String label) {
        assertThat(Quarter.parse(label).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"2024-Q0", "2024-Q5", "2024Q1", "24-Q1", "2024-q1", " 2024-Q1", "2024-Q1 ", "2024-01", "Q1-2024"
            })
    void aBadLabelIsABadRequest(String label) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Quarter.parse(label));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.slug()).isEqualTo("invalid-period");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field())
                .isEqualTo("period"));
    }

    @Test
    void theHorizonIsTheWeekOfTheLastDayWhenTheQuarterEndsOnASunday() {
        // 2024-03-31 and 2024-06-30 are Sundays: the week of the last day has ended with the quarter.
        assertThat(Quarter.parse("2024-Q1").period().horizon()).isEqualTo(IsoWeek.parse("2024-W13"));
        assertThat(IsoWeek.of(LocalDate.of(2024, 3, 31))).isEqualTo(IsoWeek.parse("2024-W13"));
        assertThat(Quarter.parse("2024-Q2").period().horizon()).isEqualTo(IsoWeek.parse("2024-W26"));
    }

    @Test
    void aWeekThatStraddlesTheQuarterEndBelongsToTheNextQuarter() {
        // 2024-12-31 is a Tuesday in 2025-W01 (2024-12-30..2025-01-05): that week has not ended with
        // the quarter, so the horizon is the last week that has, 2024-W52 (see SettlementPeriod).
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 31))).isEqualTo(IsoWeek.parse("2025-W01"));
        assertThat(Quarter.parse("2024-Q4").period().horizon()).isEqualTo(IsoWeek.parse("2024-W52"));
        // ...and 2025-W01 is inside the horizon of 2025-Q1, which ends on Monday 2025-03-31 (2025-W14).
        assertThat(IsoWeek.parse("2025-W01"))
                .isLessThanOrEqualTo(Quarter.parse("2025-Q1").period().horizon());
        assertThat(Quarter.parse("2025-Q1").period().horizon()).isEqualTo(IsoWeek.parse("2025-W13"));
        // 2024-09-30 is a Monday in 2024-W40: that week runs into October.
        assertThat(Quarter.parse("2024-Q3").period().horizon()).isEqualTo(IsoWeek.parse("2024-W39"));
    }

    @Test
    void theHorizonHandlesAYearWithFiftyThreeWeeks() {
        // 2020-12-31 is a Thursday in 2020-W53 (2020-12-28..2021-01-03).
        assertThat(Quarter.parse("2020-Q4").period().horizon()).isEqualTo(IsoWeek.parse("2020-W52"));
        assertThat(Quarter.parse("2026-Q4").period().horizon()).isEqualTo(IsoWeek.parse("2026-W52"));
        // 2021-Q1 starts inside 2020-W53 and ends on Wednesday 2021-03-31 in 2021-W13.
        assertThat(Quarter.parse("2021-Q1").period().horizon()).isEqualTo(IsoWeek.parse("2021-W12"));
    }
}
