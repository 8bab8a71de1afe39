package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.virkning.shared.ProblemException;
import dk.virkning.spi.IsoWeek;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class CoverageTest {

    private final Coverage coverage = new Coverage(week("2024-W05"), week("2024-W10"));

    @Test
    void bothEndsAreInside() {
        assertThat(coverage.contains(week("2024-W05"))).isTrue();
        assertThat(coverage.contains(week("2024-W07"))).isTrue();
        assertThat(coverage.contains(week("2024-W10"))).isTrue();
    }

    @Test
    void weeksBeforeAndAfterAreOutside() {
        assertThat(coverage.contains(week("2024-W04"))).isFalse();
        assertThat(coverage.contains(week("2024-W11"))).isFalse();
        assertThat(coverage.contains(week("2023-W07"))).isFalse();
        assertThat(coverage.contains(week("2025-W07"))).isFalse();
    }

    @Test
    void theWeeksAreCountedInclusively() {
        assertThat(coverage.weeks()).isEqualTo(6);
        assertThat(new Coverage(week("2024-W05"), week("2024-W05")).weeks()).isEqualTo(1);
    }

    @Test
    void aCoverageAcrossAFiftyThreeWeekYearCountsWeek53() {
        Coverage newYear = new Coverage(week("2020-W52"), week("2021-W02"));

        assertThat(newYear.weeks()).isEqualTo(4);
        assertThat(newYear.contains(week("2020-W53"))).isTrue();
        assertThat(newYear.contains(week("2021-W01"))).isTrue();
        assertThat(newYear.contains(week("2021-W03"))).isFalse();
    }

    @Test
    void aCoverageThatRunsBackwardsIsRefused() {
        ProblemException e =
                catchThrowableOfType(ProblemException.class, () -> new Coverage(week("2024-W10"), week("2024-W09")));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(e.slug()).isEqualTo("invalid-coverage");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field())
                .isEqualTo("coverageTo"));
    }

    @Test
    void aCoverageOfAtMostTenYearsOfWeeksIsAccepted() {
        IsoWeek from = week("2014-W01");

        assertThat(new Coverage(from, from.plusWeeks(Coverage.MAX_WEEKS - 1)).weeks())
                .isEqualTo(Coverage.MAX_WEEKS);
        assertThat(catchThrowableOfType(
                        ProblemException.class, () -> new Coverage(from, from.plusWeeks(Coverage.MAX_WEEKS))))
                .isNotNull();
    }

    private static IsoWeek week(String text) {
        return IsoWeek.parse(text);
    }
}
