package dk.virkning.plugins.nk1;

import static dk.virkning.plugin.api.WeeklyStatus.SELF_SUPPORTING;
import static dk.virkning.plugin.api.WeeklyStatus.SICKNESS_BENEFIT;
import static dk.virkning.plugin.api.WeeklyStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.FormulaException;
import dk.virkning.plugin.api.FormulaResult;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ResultLine;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.StatusTimeline;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.api.WeeklyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cohorts for NK1 (DOMAIN.md 6.3) with the demo terms unless stated: baseline 0.80,
 * weekly net cost 3000, 52 measurement weeks, savings share 0.60, cap 2,000,000. One known week is
 * worth (0.80 - b) * 3000 * 0.60: a self-supporting week 1440.00, a benefit week -360.00.
 */
class Nk1PaymentFormulaTest {

    private static final IsoWeek START = IsoWeek.parse("2024-W01");
    /** 2024-Q4's horizon is 2024-W52, the last week ended by 2024-12-31: every week of 2024 is visible. */
    private static final SettlementPeriod YEAR_2024 =
            new SettlementPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));

    private final Nk1PaymentFormula formula = new Nk1PaymentFormula();

    @Test
    void paysForSelfSupportingWeeksAgainstTheBaseline() throws FormulaException {
        // 13 self-supporting weeks: 13 * 1440 = 18720.00
        FormulaResult result = evaluate(terms(), YEAR_2024, participant("p1", weeks(SELF_SUPPORTING, 13)));
        assertThat(result.earned()).isEqualByComparingTo("18720.00");
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.participantId()).isEqualTo("p1");
            assertThat(line.outcome()).isEqualTo("SAVINGS");
            assertThat(line.quantity()).isEqualByComparingTo("13");
            assertThat(line.amount()).isEqualTo(new BigDecimal("18720.00"));
        });
    }

    @Test
    void benefitWeeksCountAgainstTheSavings() throws FormulaException {
        // 4 benefit + 9 self-supporting: 9 * 1440 - 4 * 360 = 12960 - 1440 = 11520.00
        FormulaResult result = evaluate(
                terms(), YEAR_2024, participant("p1", concat(weeks(SICKNESS_BENEFIT, 4), weeks(SELF_SUPPORTING, 9))));
        assertThat(result.earned()).isEqualByComparingTo("11520.00");
    }

    @Test
    void unknownWeeksAreNotPaidAndLeaveTheParticipantPending() throws FormulaException {
        // [benefit, unknown, self, self]: known 3 = -360 + 2 * 1440 = 2520.00; window incomplete
        FormulaResult result = evaluate(
                terms(),
                YEAR_2024,
                participant("p1", List.of(SICKNESS_BENEFIT, UNKNOWN, SELF_SUPPORTING, SELF_SUPPORTING)));
        assertThat(result.earned()).isEqualByComparingTo("2520.00");
        assertThat(result.lines().get(0).quantity()).isEqualByComparingTo("3");
        assertThat(result.pending()).singleElement().satisfies(p -> {
            assertThat(p.participantId()).isEqualTo("p1");
            assertThat(p.outcome()).isEqualTo("SAVINGS");
        });
    }

    @Test
    void weeksAfterTheMeasurementWindowAreIgnored() throws FormulaException {
        // measurementWeeks 2: [self, self | benefit, benefit] = 2 * 1440 = 2880.00, nothing pending
        FormulaResult result = evaluate(
                terms("measurementWeeks", 2),
                YEAR_2024,
                participant("p1", concat(weeks(SELF_SUPPORTING, 2), weeks(SICKNESS_BENEFIT, 2))));
        assertThat(result.earned()).isEqualByComparingTo("2880.00");
        assertThat(result.pending()).isEmpty();
    }

    @Test
    void weeksAfterThePeriodsHorizonAreUnknownToTheFormula() throws FormulaException {
        // 2024-Q1 ends in 2024-W13: of 20 self-supporting weeks only k = 0..12 count: 18720.00
        SettlementPeriod q1 = new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        FormulaResult result = evaluate(terms(), q1, participant("p1", weeks(SELF_SUPPORTING, 20)));
        assertThat(result.earned()).isEqualByComparingTo("18720.00");
        assertThat(result.pending()).hasSize(1);
    }

    @Test
    void aNegativeTotalIsFlooredAtZeroByAProgramLine() throws FormulaException {
        // 10 benefit weeks: 10 * -360 = -3600.00; the floor line adds 3600.00
        FormulaResult result = evaluate(terms(), YEAR_2024, participant("p1", weeks(SICKNESS_BENEFIT, 10)));
        assertThat(result.earned()).isEqualByComparingTo("0.00");
        assertThat(result.lines()).extracting(ResultLine::outcome).containsExactly("SAVINGS", "FLOOR");
        assertThat(result.lines().get(1).participantId()).isNull();
        assertThat(result.lines().get(1).amount()).isEqualByComparingTo("3600.00");
    }

    @Test
    void theTotalIsCappedAtTheMaximumPayment() throws FormulaException {
        // two participants of 13 self-supporting weeks: 2 * 18720 = 37440; cap 30000 cuts 7440.00
        FormulaResult result = evaluate(
                terms("maxTotalPayment", new BigDecimal("30000")),
                YEAR_2024,
                participant("p1", weeks(SELF_SUPPORTING, 13)),
                participant("p2", weeks(SELF_SUPPORTING, 13)));
        assertThat(result.earned()).isEqualByComparingTo("30000.00");
        assertThat(result.lines()).last().satisfies(cap -> {
            assertThat(cap.outcome()).isEqualTo("CAP");
            assertThat(cap.amount()).isEqualByComparingTo("-7440.00");
        });
        assertThat(sum(result.lines())).isEqualByComparingTo(result.earned());
    }

    @Test
    void aLateCorrectionLowersTheCumulativeAmount() throws FormulaException {
        // First known as 13 self-supporting weeks (18720.00); the register later says the first 4
        // were benefit weeks: 11520.00. The platform claws back the difference, 7200.00.
        FormulaResult before = evaluate(terms(), YEAR_2024, participant("p1", weeks(SELF_SUPPORTING, 13)));
        FormulaResult after = evaluate(
                terms(), YEAR_2024, participant("p1", concat(weeks(SICKNESS_BENEFIT, 4), weeks(SELF_SUPPORTING, 9))));
        assertThat(after.earned().subtract(before.earned())).isEqualByComparingTo("-7200.00");
    }

    @Test
    void eachLineIsRoundedHalfEvenOnce() throws FormulaException {
        // baseline 0.5, cost 0.01, share 1: one self-supporting week = 0.005 -> 0.00 (half-even);
        // three weeks = 0.015 -> 0.02. Half-up would give 0.01 and 0.02.
        Terms terms = terms(
                "baselineBenefitShare", new BigDecimal("0.5"),
                "weeklyNetCost", new BigDecimal("0.01"),
                "savingsShare", BigDecimal.ONE);
        FormulaResult result = evaluate(
                terms,
                YEAR_2024,
                participant("p1", weeks(SELF_SUPPORTING, 1)),
                participant("p2", weeks(SELF_SUPPORTING, 3)));
        assertThat(result.lines())
                .extracting(ResultLine::amount)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.02"));
        assertThat(result.earned()).isEqualTo(new BigDecimal("0.02"));
    }

    @Test
    void theSameInputGivesTheSameResultAlsoAcrossThreads() throws Exception {
        FormulaContext context = context(
                terms(),
                YEAR_2024,
                participant("p1", concat(weeks(SICKNESS_BENEFIT, 7), weeks(SELF_SUPPORTING, 30))),
                participant("p2", weeks(SICKNESS_BENEFIT, 40)));
        FormulaResult expected = formula.evaluate(context);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FormulaResult>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> formula.evaluate(context)));
            }
            for (Future<FormulaResult> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidTermsAreRefusedWithAClearMessage() {
        Map<String, Object> missing = new LinkedHashMap<>(terms().values());
        missing.remove("savingsShare");
        assertThatThrownBy(() -> evaluate(new Terms(missing), YEAR_2024, participant("p1", weeks(SELF_SUPPORTING, 1))))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("savingsShare");
        assertThatThrownBy(() -> evaluate(
                        terms("savingsShare", new BigDecimal("1.5")),
                        YEAR_2024,
                        participant("p1", weeks(SELF_SUPPORTING, 1))))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("between 0 and 1");
    }

    private FormulaResult evaluate(Terms terms, SettlementPeriod period, ParticipantInput... participants)
            throws FormulaException {
        return formula.evaluate(context(terms, period, participants));
    }

    private static FormulaContext context(Terms terms, SettlementPeriod period, ParticipantInput... participants) {
        return new FormulaContext("program", terms, period, List.of(participants));
    }

    private static ParticipantInput participant(String id, List<WeeklyStatus> weeks) {
        return new ParticipantInput(id, "MENTAL_ILLNESS", START, null, null, null, StatusTimeline.of(weeks));
    }

    private static Terms terms(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("baselineBenefitShare", new BigDecimal("0.80"));
        values.put("weeklyNetCost", new BigDecimal("3000"));
        values.put("measurementWeeks", 52);
        values.put("savingsShare", new BigDecimal("0.60"));
        values.put("maxTotalPayment", new BigDecimal("2000000"));
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return new Terms(values);
    }

    private static List<WeeklyStatus> weeks(WeeklyStatus status, int n) {
        return Collections.nCopies(n, status);
    }

    private static List<WeeklyStatus> concat(List<WeeklyStatus> a, List<WeeklyStatus> b) {
        List<WeeklyStatus> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static BigDecimal sum(List<ResultLine> lines) {
        return lines.stream().map(ResultLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
