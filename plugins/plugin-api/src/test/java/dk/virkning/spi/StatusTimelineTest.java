package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTimelineTest {

    @Test
    void everyWeekOutsideTheTimelineIsUnknown() {
        StatusTimeline t = StatusTimeline.of(WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.SELF_SUPPORTING);
        assertThat(t.status(0)).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(t.status(1)).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(t.status(2)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.status(1000)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.status(-1)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.length()).isEqualTo(2);
    }

    @Test
    void theEmptyTimelineKnowsNothing() {
        assertThat(StatusTimeline.empty().length()).isZero();
        assertThat(StatusTimeline.empty().status(0)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(StatusTimeline.of(List.of())).isEqualTo(StatusTimeline.empty());
    }

    @Test
    void storesEveryStatusIncludingAnExplicitUnknownWeek() {
        List<WeeklyStatus> all = Arrays.asList(WeeklyStatus.values());
        StatusTimeline t = StatusTimeline.of(all);
        for (int k = 0; k < all.size(); k++) {
            assertThat(t.status(k)).isEqualTo(all.get(k));
        }
    }

    @Test
    void truncateHidesLaterWeeksAndLeavesTheOriginalAlone() {
        StatusTimeline t = StatusTimeline.of(WeeklyStatus.EDUCATION, WeeklyStatus.CASH_BENEFIT, WeeklyStatus.FLEX_JOB);
        StatusTimeline first = t.truncate(1);
        assertThat(first.length()).isEqualTo(1);
        assertThat(first.status(0)).isEqualTo(WeeklyStatus.EDUCATION);
        assertThat(first.status(1)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.status(1)).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(t.truncate(0)).isEqualTo(StatusTimeline.empty());
        assertThat(t.truncate(-3).length()).isZero();
        assertThat(t.truncate(3)).isSameAs(t);
        assertThat(t.truncate(5)).isEqualTo(t);
    }

    @Test
    void isNotChangedByLaterChangesToTheListItWasMadeFrom() {
        List<WeeklyStatus> weeks = new ArrayList<>(List.of(WeeklyStatus.SELF_SUPPORTING));
        StatusTimeline t = StatusTimeline.of(weeks);
        weeks.set(0, WeeklyStatus.SICKNESS_BENEFIT);
        weeks.add(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(t.status(0)).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(t.length()).isEqualTo(1);
    }

    @Test
    void timelinesWithTheSameWeeksAreEqual() {
        StatusTimeline a = StatusTimeline.of(WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.UNKNOWN);
        StatusTimeline b = StatusTimeline.of(List.of(WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.UNKNOWN));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(StatusTimeline.of(WeeklyStatus.SELF_SUPPORTING));
        assertThat(a).hasToString("StatusTimeline[SELF_SUPPORTING,UNKNOWN]");
    }

    @Test
    void benefitWeeksExcludeSelfSupportingEducationAndUnknown() {
        for (WeeklyStatus s : WeeklyStatus.values()) {
            boolean expected =
                    s != WeeklyStatus.SELF_SUPPORTING && s != WeeklyStatus.EDUCATION && s != WeeklyStatus.UNKNOWN;
            assertThat(s.isBenefitWeek()).as(s.name()).isEqualTo(expected);
        }
        assertThat(WeeklyStatus.FLEX_JOB.isBenefitWeek()).isTrue();
        assertThat(WeeklyStatus.JOB_CLARIFICATION.isBenefitWeek()).isTrue();
    }
}
