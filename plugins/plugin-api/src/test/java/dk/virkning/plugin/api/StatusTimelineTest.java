package dk.virkning.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTimelineTest {

    @Test
    void everyWeekOutsideTheTimelineIsUnknown() {
        StatusTimeline t = StatusTimeline.of(WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.SELF_SUPPORTING);
        assertThat(t.status(0)).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(t.status(1)).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(t.status(2)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.status(-1)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(StatusTimeline.empty().length()).isZero();
    }

    @Test
    void truncateHidesLaterWeeks() {
        StatusTimeline t = StatusTimeline.of(WeeklyStatus.EDUCATION, WeeklyStatus.CASH_BENEFIT);
        assertThat(t.truncate(1).status(1)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(t.truncate(1).length()).isEqualTo(1);
        assertThat(t.truncate(5)).isEqualTo(t);
    }

    @Test
    void benefitWeeksExcludeSelfSupportingEducationAndUnknown() {
        assertThat(WeeklyStatus.SELF_SUPPORTING.isBenefitWeek()).isFalse();
        assertThat(WeeklyStatus.EDUCATION.isBenefitWeek()).isFalse();
        assertThat(WeeklyStatus.UNKNOWN.isBenefitWeek()).isFalse();
        assertThat(WeeklyStatus.FLEX_JOB.isBenefitWeek()).isTrue();
    }
}
