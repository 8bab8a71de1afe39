package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantInputTest {

    @Test
    void weeksAfterTheHorizonAreUnknownEvenWhenTheTimelineHoldsThem() {
        // start 2024-W52: k = 0 is 2024-W52, k = 1 is 2025-W01, k = 2 is 2025-W02
        ParticipantInput p = participant(
                "2024-W52",
                StatusTimeline.of(
                        WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.SELF_SUPPORTING));
        IsoWeek horizon = IsoWeek.parse("2025-W01");
        assertThat(p.statusAsOf(0, horizon)).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(p.statusAsOf(1, horizon)).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(p.statusAsOf(2, horizon)).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(p.statusAsOf(2, IsoWeek.parse("2025-W02"))).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
    }

    @Test
    void aParticipantWhoStartsAfterTheHorizonIsWhollyUnknown() {
        ParticipantInput p = participant("2025-W10", StatusTimeline.of(WeeklyStatus.SELF_SUPPORTING));
        assertThat(p.statusAsOf(0, IsoWeek.parse("2025-W09"))).isEqualTo(WeeklyStatus.UNKNOWN);
    }

    @Test
    void missingOptionalPartsBecomeEmpty() {
        ParticipantInput p = participant("2024-W01", null);
        assertThat(p.referral()).isEqualTo(ReferralFacts.none());
        assertThat(p.events()).isEmpty();
        assertThat(p.measurements()).isEmpty();
        assertThat(p.statuses()).isEqualTo(StatusTimeline.empty());
    }

    @Test
    void refusesAParticipantWithoutIdTargetGroupOrStartWeek() {
        IsoWeek w = IsoWeek.parse("2024-W01");
        assertThatThrownBy(() -> new ParticipantInput(null, "G", w, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParticipantInput("p", null, w, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParticipantInput("p", "G", null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static ParticipantInput participant(String start, StatusTimeline statuses) {
        return new ParticipantInput("p", "G", IsoWeek.parse(start), null, null, null, statuses);
    }
}
