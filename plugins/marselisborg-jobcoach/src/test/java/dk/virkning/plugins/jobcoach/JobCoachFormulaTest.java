package dk.virkning.plugins.jobcoach;

import static dk.virkning.spi.WeeklyStatus.SELF_SUPPORTING;
import static dk.virkning.spi.WeeklyStatus.SICKNESS_BENEFIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.Terms;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed job coach cases (DOMAIN.md 6.1) with the demo terms: 2500 DKK per qualifying week on
 * sickness benefit, 3000 in job clarification, 104 measurement weeks, runs of at least 4 weeks, cap
 * 150,000 per participant. Statuses: S self-supporting, B sickness benefit; after the list unknown.
 */
class JobCoachFormulaTest {

    private static final IsoWeek START = IsoWeek.parse("2024-W01");
    private static final SettlementPeriod WIDE =
            new SettlementPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    private final JobCoachFormula formula = new JobCoachFormula();

    @Test
    void paysEveryWeekOfAQualifyingRun() throws FormulaException {
        // B B S S S S S S B: one closed run of 6 weeks: 6 * 2500 = 15000.00, nothing pending
        FormulaResult r = evaluate(terms(), WIDE, p("p1", "SICKNESS_BENEFIT", "BBSSSSSSB"));
        assertThat(r.earned()).isEqualByComparingTo("15000.00");
        assertThat(r.lines().get(0).quantity()).isEqualByComparingTo("6");
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void aClosedRunShorterThanTheQualifyingLengthEarnsNothing() throws FormulaException {
        // S S S B S S S S: the first run (3) is too short; the second (4) is still open but qualifies
        FormulaResult r = evaluate(terms(), WIDE, p("p1", "SICKNESS_BENEFIT", "SSSBSSSS"));
        assertThat(r.earned()).isEqualByComparingTo("10000.00");
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void anOpenRunStillTooShortIsPendingNotPaid() throws FormulaException {
        // B S S then unknown: the run of 2 may grow
        FormulaResult r = evaluate(terms(), WIDE, p("p1", "SICKNESS_BENEFIT", "BSS"));
        assertThat(r.earned()).isEqualByComparingTo("0.00");
        // at most the run goes on to the end of the window (103 weeks × 2500), within the cap 150000.00
        assertThat(r.pending()).singleElement().satisfies(x -> {
            assertThat(x.participantId()).isEqualTo("p1");
            assertThat(x.kind()).isEqualTo(PendingKind.WEEKLY_PAYMENT);
            assertThat(x.maxAmount()).isEqualTo(new BigDecimal("150000.00"));
        });
    }

    @Test
    void anOpenRunCanEarnAtMostTheWeeksLeftInTheWindow() throws FormulaException {
        // window 10: B*6 then S S: the open run k = 6.. can be paid for k = 6..9: 4 × 2500 = 10000.00
        FormulaResult r = evaluate(terms("measurementWeeks", 10), WIDE, p("p1", "SICKNESS_BENEFIT", "BBBBBBSS"));
        assertThat(r.pending()).singleElement().satisfies(x -> assertThat(x.maxAmount())
                .isEqualTo(new BigDecimal("10000.00")));
    }

    @Test
    void aRunThatCrossesThePeriodBoundaryIsPaidWhenTheNextPeriodShowsItQualifies() throws FormulaException {
        // 10 benefit weeks, then self-supporting from k = 10 (2024-W11). Q1 ends in 2024-W13: the run
        // is 3 weeks and open: pending, 0.00. Q2 sees k = 10..25: 16 weeks * 2500 = 40000.00.
        ParticipantInput p = p("p1", "SICKNESS_BENEFIT", "B".repeat(10) + "S".repeat(30));
        FormulaResult q1 = evaluate(terms(), quarter(2024, 1), p);
        assertThat(q1.earned()).isEqualByComparingTo("0.00");
        assertThat(q1.pending()).hasSize(1);
        FormulaResult q2 = evaluate(terms(), quarter(2024, 2), p);
        assertThat(q2.earned()).isEqualByComparingTo("40000.00");
        assertThat(q2.pending()).isEmpty();
    }

    @Test
    void weeksAfterTheWindowCountTowardTheRunButAreNotPaid() throws FormulaException {
        // window 10 weeks: B*8 then S*6 then B: the run k = 8..13 (6 weeks) qualifies; only k = 8, 9
        // are inside the window: 2 * 2500 = 5000.00
        FormulaResult r = evaluate(terms("measurementWeeks", 10), WIDE, p("p1", "SICKNESS_BENEFIT", "BBBBBBBBSSSSSSB"));
        assertThat(r.earned()).isEqualByComparingTo("5000.00");
    }

    @Test
    void theRateFollowsTheTargetGroupAndEachParticipantIsCapped() throws FormulaException {
        // job clarification: 60 self-supporting weeks * 3000 = 180000, capped at 150000 (-30000.00);
        // sickness benefit: 4 weeks * 2500 = 10000.00. Earned 160000.00.
        FormulaResult r = evaluate(
                terms(),
                WIDE,
                p("jc", "JOB_CLARIFICATION", "S".repeat(60) + "B"),
                p("sb", "SICKNESS_BENEFIT", "SSSSB"));
        assertThat(r.lines())
                .extracting(ResultLine::participantId, ResultLine::outcome, ResultLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jc", "SELF_SUPPORTING_WEEKS", new BigDecimal("180000.00")),
                        org.assertj.core.groups.Tuple.tuple("jc", "CAP", new BigDecimal("-30000.00")),
                        org.assertj.core.groups.Tuple.tuple("sb", "SELF_SUPPORTING_WEEKS", new BigDecimal("10000.00")));
        assertThat(r.earned()).isEqualByComparingTo("160000.00");
    }

    @Test
    void aLateCorrectionThatBreaksARunLowersTheAmount() throws FormulaException {
        // First S*8 (20000.00); corrected to S S S B S S S S: 4 weeks (10000.00): claw back 10000.00
        FormulaResult before = evaluate(terms(), WIDE, p("p1", "SICKNESS_BENEFIT", "SSSSSSSSB"));
        FormulaResult after = evaluate(terms(), WIDE, p("p1", "SICKNESS_BENEFIT", "SSSBSSSSB"));
        assertThat(after.earned().subtract(before.earned())).isEqualByComparingTo("-10000.00");
    }

    @Test
    void aTargetGroupWithoutARateIsRefused() {
        assertThatThrownBy(() -> evaluate(terms(), WIDE, p("p1", "RESOURCE_COURSE", "SSSS")))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("RESOURCE_COURSE");
    }

    private FormulaResult evaluate(Terms terms, SettlementPeriod period, ParticipantInput... participants)
            throws FormulaException {
        return formula.evaluate(new FormulaContext("program", terms, period, List.of(participants)));
    }

    private static SettlementPeriod quarter(int year, int q) {
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new SettlementPeriod(first, first.plusMonths(3).minusDays(1));
    }

    private static ParticipantInput p(String id, String group, String weeks) {
        List<WeeklyStatus> statuses = new ArrayList<>();
        for (char c : weeks.toCharArray()) {
            statuses.add(c == 'S' ? SELF_SUPPORTING : SICKNESS_BENEFIT);
        }
        return new ParticipantInput(id, group, START, null, null, null, StatusTimeline.of(statuses));
    }

    private static Terms terms(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "ratePerWeek",
                Map.of("SICKNESS_BENEFIT", new BigDecimal("2500"), "JOB_CLARIFICATION", new BigDecimal("3000")));
        values.put("measurementWeeks", 104);
        values.put("qualifyingRunWeeks", 4);
        values.put("capPerParticipant", new BigDecimal("150000"));
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return new Terms(values);
    }
}
