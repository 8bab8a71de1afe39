package dk.virkning.plugins.copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
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
 * Hand-computed Copenhagen cases (DOMAIN.md 6.4) with the demo terms: workplace courses 8000 (basic)
 * and 14000 (extended), interdisciplinary 20000 and 30000; half at the start, half at completion; a
 * recovery bonus of 5000 within 12 weeks (P1, P3) or 26 weeks (the other packages). Statuses: B
 * sickness benefit, S self-supporting, C cash benefit; unknown after the list.
 */
class CoursePackagesFormulaTest {

    private static final IsoWeek START = IsoWeek.parse("2024-W01");
    private static final LocalDate DAY_ONE = START.monday();
    private static final SettlementPeriod YEAR =
            new SettlementPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));

    private final CoursePackagesFormula formula = new CoursePackagesFormula();

    @Test
    void paysTheStartShareAndARecoveryBonusInTime() throws FormulaException {
        // P1, WORKPLACE_MENTAL_BASIC started: 8000 * 0.5 = 4000.00; first week off benefit is k = 3,
        // self-supporting, 3 < 12: bonus 5000.00. Earned 9000.00.
        FormulaResult r = evaluate(terms(), YEAR, p("p1", "BBBS", started("WORKPLACE_MENTAL_BASIC|P1")));
        assertThat(r.lines())
                .extracting(ResultLine::outcome, ResultLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COURSE_START", new BigDecimal("4000.00")),
                        org.assertj.core.groups.Tuple.tuple("RECOVERY_BONUS", new BigDecimal("5000.00")));
        assertThat(r.earned()).isEqualByComparingTo("9000.00");
    }

    @Test
    void completionPaysTheRestAndTheBonusIsPendingWhileWeeksAreUnknown() throws FormulaException {
        // INTERDISCIPLINARY_EXTENDED (P4) started and completed: 15000 + 15000 = 30000.00; thirteen
        // benefit weeks then unknown: the bonus (window 26) is pending
        FormulaResult r = evaluate(
                terms(),
                YEAR,
                p(
                        "p1",
                        "B".repeat(13),
                        started("INTERDISCIPLINARY_EXTENDED|P4"),
                        completed("INTERDISCIPLINARY_EXTENDED", 120)));
        assertThat(r.earned()).isEqualByComparingTo("30000.00");
        assertThat(r.pending())
                .extracting(PendingOutcome::outcome, PendingOutcome::kind, PendingOutcome::maxAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "RECOVERY_BONUS", PendingKind.BONUS, new BigDecimal("5000.00")));
    }

    @Test
    void noBonusWhenTheFirstWeekOffBenefitIsNotSelfSupporting() throws FormulaException {
        // B B C S: the first week off sickness benefit is cash benefit: decided, no bonus, not pending
        FormulaResult r = evaluate(terms(), YEAR, p("p1", "BBCS", started("WORKPLACE_PHYSICAL_BASIC|P1")));
        assertThat(r.earned()).isEqualByComparingTo("4000.00");
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void theBonusWindowFollowsThePackage() throws FormulaException {
        // self-supporting first at k = 15: too late for P1 (12 weeks), in time for P2 (26 weeks)
        String weeks = "B".repeat(15) + "S";
        FormulaResult shortPackage = evaluate(terms(), YEAR, p("p1", weeks, started("WORKPLACE_MENTAL_BASIC|P1")));
        FormulaResult longPackage = evaluate(terms(), YEAR, p("p1", weeks, started("WORKPLACE_MENTAL_EXTENDED|P2")));
        assertThat(shortPackage.earned()).isEqualByComparingTo("4000.00");
        assertThat(shortPackage.pending()).isEmpty();
        assertThat(longPackage.earned()).isEqualByComparingTo("12000.00"); // 7000 + 5000
    }

    @Test
    void eventsAfterThePeriodAreNotSeen() throws FormulaException {
        // completed on 2025-02-01, after 2024-Q4: only the start share, 4000.00
        ParticipantInput p = p(
                "p1",
                "BB",
                started("WORKPLACE_MENTAL_BASIC|P1"),
                new LifecycleEvent(
                        LifecycleEvent.PACKAGE_COURSE_COMPLETED, LocalDate.of(2025, 2, 1), "WORKPLACE_MENTAL_BASIC"));
        assertThat(evaluate(terms(), YEAR, p).earned()).isEqualByComparingTo("4000.00");
    }

    @Test
    void startAndCompletionAddUpToTheRoundedPriceExactly() throws FormulaException {
        // price 10000.01, start share 0.5: 5000.005 -> 5000.00 (half-even); the rest is 5000.01
        Map<String, Object> values = new LinkedHashMap<>(terms().values());
        values.put("priceList", prices("10000.01"));
        FormulaResult r = evaluate(
                new Terms(values),
                YEAR,
                p("p1", "CC", started("WORKPLACE_MENTAL_BASIC|P1"), completed("WORKPLACE_MENTAL_BASIC", 30)));
        assertThat(r.lines())
                .extracting(ResultLine::amount)
                .containsExactly(new BigDecimal("5000.00"), new BigDecimal("5000.01"));
        assertThat(r.earned()).isEqualByComparingTo("10000.01");
    }

    @Test
    void participantsWithoutACourseEarnNothing() throws FormulaException {
        FormulaResult r = evaluate(terms(), YEAR, p("p1", "SSSS"));
        assertThat(r.lines()).isEmpty();
        assertThat(r.earned()).isEqualByComparingTo("0.00");
    }

    @Test
    void aCourseWithoutAPriceIsRefused() {
        assertThatThrownBy(() -> evaluate(terms(), YEAR, p("p1", "B", started("YOGA_RETREAT|P1"))))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("YOGA_RETREAT");
    }

    private FormulaResult evaluate(Terms terms, SettlementPeriod period, ParticipantInput... participants)
            throws FormulaException {
        return formula.evaluate(new FormulaContext("program", terms, period, List.of(participants)));
    }

    private static LifecycleEvent started(String detail) {
        return new LifecycleEvent(LifecycleEvent.PACKAGE_COURSE_STARTED, DAY_ONE, detail);
    }

    private static LifecycleEvent completed(String course, int days) {
        return new LifecycleEvent(LifecycleEvent.PACKAGE_COURSE_COMPLETED, DAY_ONE.plusDays(days), course);
    }

    private static ParticipantInput p(String id, String weeks, LifecycleEvent... events) {
        List<WeeklyStatus> statuses = new ArrayList<>();
        for (char c : weeks.toCharArray()) {
            statuses.add(
                    c == 'S'
                            ? WeeklyStatus.SELF_SUPPORTING
                            : c == 'C' ? WeeklyStatus.CASH_BENEFIT : WeeklyStatus.SICKNESS_BENEFIT);
        }
        return new ParticipantInput(
                id, "SICKNESS_BENEFIT", START, null, List.of(events), null, StatusTimeline.of(statuses));
    }

    private static Map<String, Object> prices(String workplaceMentalBasic) {
        Map<String, Object> prices = new LinkedHashMap<>();
        prices.put("WORKPLACE_MENTAL_BASIC", new BigDecimal(workplaceMentalBasic));
        prices.put("WORKPLACE_MENTAL_EXTENDED", new BigDecimal("14000"));
        prices.put("WORKPLACE_PHYSICAL_BASIC", new BigDecimal("8000"));
        prices.put("WORKPLACE_PHYSICAL_EXTENDED", new BigDecimal("14000"));
        prices.put("INTERDISCIPLINARY_BASIC", new BigDecimal("20000"));
        prices.put("INTERDISCIPLINARY_EXTENDED", new BigDecimal("30000"));
        return prices;
    }

    private static Terms terms() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("priceList", prices("8000"));
        values.put("startShare", new BigDecimal("0.5"));
        values.put("recoveryBonus", new BigDecimal("5000"));
        values.put("bonusWeeksShort", 12);
        values.put("bonusWeeksLong", 26);
        return new Terms(values);
    }
}
