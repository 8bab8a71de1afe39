package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.shared.ProblemException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Who5Test {

    @Test
    void rawIsTheSumScoreIsFourTimesAndBelowThirteenIsPoor() {
        Who5 low = new Who5(List.of(3, 3, 3, 2, 1));
        assertThat(low.raw()).isEqualTo(12);
        assertThat(low.score()).isEqualTo(48);
        assertThat(low.poorWellBeing()).isTrue();
        Who5 threshold = new Who5(List.of(3, 3, 3, 2, 2));
        assertThat(threshold.raw()).isEqualTo(13);
        assertThat(threshold.poorWellBeing()).isFalse();
        assertThat(new Who5(List.of(5, 5, 5, 5, 5)).score()).isEqualTo(100);
        assertThat(new Who5(List.of(0, 0, 0, 0, 0)).score()).isZero();
    }

    @Test
    void everyBadItemIsNamed() {
        assertThatThrownBy(() -> new Who5(Arrays.asList(6, 0, null, -1, 5)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("invalid-who5");
                    assertThat(e.errors()).hasSize(3);
                    assertThat(e.errors().toString()).contains("items[0]", "items[2]", "items[3]");
                });
        assertThatThrownBy(() -> new Who5(List.of(1, 2, 3))).isInstanceOf(ProblemException.class);
    }

    @Test
    void statutoryFollowUpsFallDueByTheEndOfWeeksEightFourteenTwentyAndTwentySix() {
        FollowUps followUps = new FollowUps(null, null, new CaseworkProperties(null, null, null, null), null, null);
        assertThat(followUps.statutoryDueDays(LocalDate.of(2024, 1, 1)))
                .containsExactly(
                        LocalDate.of(2024, 2, 25),
                        LocalDate.of(2024, 4, 7),
                        LocalDate.of(2024, 5, 19),
                        LocalDate.of(2024, 6, 30));
    }

    @Test
    void aPhaseIsOverdueOnlyAfterItsLastDay() {
        Phases.PhaseRecord open =
                Phases.PhaseRecord.of("A", 6, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 2, 11));
        assertThat(open.dueBy()).isEqualTo(LocalDate.of(2024, 2, 11));
        assertThat(open.overdue()).isFalse();
        assertThat(Phases.PhaseRecord.of("A", 6, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 2, 12))
                        .overdue())
                .isTrue();
        assertThat(Phases.PhaseRecord.of(
                                "A", 6, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 12), LocalDate.of(2024, 1, 2))
                        .overdue())
                .isTrue();
    }
}
