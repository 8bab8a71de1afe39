package dk.virkning.plugins.nk1;

import static dk.virkning.plugins.nk1.Nk1Fixtures.Q1_2024;
import static dk.virkning.plugins.nk1.Nk1Fixtures.Q2_2024;
import static dk.virkning.plugins.nk1.Nk1Fixtures.Q4_2024;
import static dk.virkning.plugins.nk1.Nk1Fixtures.context;
import static dk.virkning.plugins.nk1.Nk1Fixtures.participant;
import static dk.virkning.plugins.nk1.Nk1Fixtures.terms;
import static dk.virkning.plugins.nk1.Nk1Fixtures.w;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cohorts for NK1 (DOMAIN.md 6.3), with the demo terms unless a test says otherwise. One
 * known week is worth savingsShare × (baseline − b) × weeklyNetCost:
 * a self-supporting or education week 0.60 × (0.80 − 0) × 3000 = 1440.00,
 * a benefit week 0.60 × (0.80 − 1) × 3000 = −360.00. Letters as in {@link Nk1Fixtures}.
 */
class Nk1PaymentFormulaTest {

    private final Nk1PaymentFormula formula = new Nk1PaymentFormula();

    @Test
    void paysEverySelfSupportingWeekOfAFullWindowAgainstTheBaseline() throws FormulaException {
        // 52 self-supporting weeks: 52 × 1440 = 74880.00; the whole window is known, so nothing is pending
        FormulaResult result = evaluate(terms(), Q4_2024, participant("p1", w('S', 52)));
        assertThat(result.earned()).isEqualTo(new BigDecimal("74880.00"));
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.participantId()).isEqualTo("p1");
            assertThat(line.outcome()).isEqualTo("SAVINGS");
            assertThat(line.quantity()).isEqualByComparingTo("52");
            assertThat(line.amount()).isEqualTo(new BigDecimal("74880.00"));
            assertThat(line.description()).contains("0 benefit weeks of 52 known weeks");
        });
        assertThat(result.pending()).isEmpty();
    }

    @Test
    void benefitWeeksCountAgainstTheSavings() throws FormulaException {
        // 4 benefit + 9 self-supporting: 9 × 1440 − 4 × 360 = 12960 − 1440 = 11520.00
        FormulaResult result = evaluate(terms(), Q4_2024, participant("p1", "DDDD" + w('S', 9)));
        assertThat(result.earned()).isEqualTo(new BigDecimal("11520.00"));
        assertThat(result.lines().get(0).description()).contains("4 benefit weeks of 13 known weeks");
    }

    @Test
    void educationCountsLikeSelfSupportingAndEveryOtherStatusAsABenefitWeek() throws FormulaException {
        // S S E = 3 × 1440 = 4320; J R A K F V P O = 8 × −360 = −2880; 4320 − 2880 = 1440.00 over 11 weeks
        FormulaResult result = evaluate(terms(), Q4_2024, participant("p1", "SSEJRAKFVPO"));
        assertThat(result.lines())
                .extracting(ResultLine::quantity, ResultLine::amount)
                .containsExactly(tuple(BigDecimal.valueOf(11), new BigDecimal("1440.00")));
    }

    @Test
    void aMixedCohortHasOneLinePerParticipantAndKeepsNegativeLines() throws FormulaException {
        // p1 13 × 1440 = 18720.00; p2 13 × −360 = −4680.00; p3 9 × 1440 − 4 × 360 = 11520.00
        // earned 18720 − 4680 + 11520 = 25560.00; positive in total, so no floor line
        FormulaResult result = evaluate(
                terms(),
                Q4_2024,
                participant("p1", w('S', 13)),
                participant("p2", w('D', 13)),
                participant("p3", "DDDD" + w('S', 9)));
        assertThat(result.lines())
                .extracting(ResultLine::participantId, ResultLine::outcome, ResultLine::amount)
                .containsExactly(
                        tuple("p1", "SAVINGS", new BigDecimal("18720.00")),
                        tuple("p2", "SAVINGS", new BigDecimal("-4680.00")),
                        tuple("p3", "SAVINGS", new BigDecimal("11520.00")));
        assertThat(result.earned()).isEqualTo(new BigDecimal("25560.00"));
    }

    @Test
    void unknownWeeksAreNotPaidAndLeaveTheWindowPending() throws FormulaException {
        // measurementWeeks 4. p1 D?SS: known 3 = −360 + 2 × 1440 = 2520.00, k = 1 unknown → pending
        // p2 SSSS: 4 × 1440 = 5760.00, complete. p3 SS: 2 × 1440 = 2880.00, k = 2, 3 unknown → pending
        // earned 2520 + 5760 + 2880 = 11160.00
        FormulaResult result = evaluate(
                terms("measurementWeeks", 4),
                Q4_2024,
                participant("p1", "D?SS"),
                participant("p2", "SSSS"),
                participant("p3", "SS"));
        assertThat(result.lines())
                .extracting(ResultLine::quantity, ResultLine::amount)
                .containsExactly(
                        tuple(BigDecimal.valueOf(3), new BigDecimal("2520.00")),
                        tuple(BigDecimal.valueOf(4), new BigDecimal("5760.00")),
                        tuple(BigDecimal.valueOf(2), new BigDecimal("2880.00")));
        assertThat(result.earned()).isEqualTo(new BigDecimal("11160.00"));
        // at most, every unknown week is without benefit: p1 1 × 1440.00, p3 2 × 1440.00
        assertThat(result.pending())
                .extracting(
                        PendingOutcome::participantId,
                        PendingOutcome::outcome,
                        PendingOutcome::kind,
                        PendingOutcome::maxAmount)
                .containsExactly(
                        tuple("p1", "SAVINGS", PendingKind.WEEKLY_PAYMENT, new BigDecimal("1440.00")),
                        tuple("p3", "SAVINGS", PendingKind.WEEKLY_PAYMENT, new BigDecimal("2880.00")));
    }

    @Test
    void theOpenAmountIsNoMoreThanTheCapLeaves() throws FormulaException {
        // measurementWeeks 4, cap 10000. p1 S: 1440.00, 3 unknown weeks could add 4320.00; p2 SSSS:
        // 5760.00. Earned 7200.00, so the cap leaves 2800.00: p1's open amount is 2800.00.
        FormulaResult result = evaluate(
                terms("measurementWeeks", 4, "maxTotalPayment", new BigDecimal("10000")),
                Q4_2024,
                participant("p1", "S"),
                participant("p2", "SSSS"));
        assertThat(result.earned()).isEqualTo(new BigDecimal("7200.00"));
        assertThat(result.pending()).singleElement().satisfies(p -> assertThat(p.openAmount())
                .contains(new BigDecimal("2800.00")));
    }

    @Test
    void aWindowOfBenefitWeeksHasOnlyTheUnknownWeeksOpen() throws FormulaException {
        // measurementWeeks 4. p1 DD: −720.00; if both unknown weeks are without benefit the line is
        // 2 × 1440 − 720 = 2160.00, so 2880.00 more is open. The program floor line does not change it.
        FormulaResult result = evaluate(terms("measurementWeeks", 4), Q4_2024, participant("p1", "DD"));
        assertThat(result.earned()).isEqualByComparingTo("0.00");
        assertThat(result.pending()).singleElement().satisfies(p -> assertThat(p.maxAmount())
                .isEqualTo(new BigDecimal("2880.00")));
    }

    @Test
    void weeksAfterTheMeasurementWindowAreIgnored() throws FormulaException {
        // measurementWeeks 2: SS|DDDD counts k = 0, 1 only: 2 × 1440 = 2880.00; the window is complete
        FormulaResult result = evaluate(terms("measurementWeeks", 2), Q4_2024, participant("p1", "SSDDDD"));
        assertThat(result.earned()).isEqualTo(new BigDecimal("2880.00"));
        assertThat(result.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(result.pending()).isEmpty();
    }

    @Test
    void weeksAfterThePeriodsHorizonAreUnknownEvenWhenAlreadyImported() throws FormulaException {
        // 2024-Q1's horizon is 2024-W13; each participant has 20 imported self-supporting weeks.
        // start W01: k = 0..12 visible, 13 × 1440 = 18720.00; start W10: W10..W13, 4 × 1440 = 5760.00;
        // start W14: nothing visible, 0.00. Earned 24480.00; every window is still pending.
        FormulaResult result = evaluate(
                terms(),
                Q1_2024,
                participant("w01", w('S', 20)),
                participant("w10", IsoWeek.parse("2024-W10"), w('S', 20)),
                participant("w14", IsoWeek.parse("2024-W14"), w('S', 20)));
        assertThat(result.lines())
                .extracting(ResultLine::quantity, ResultLine::amount)
                .containsExactly(
                        tuple(BigDecimal.valueOf(13), new BigDecimal("18720.00")),
                        tuple(BigDecimal.valueOf(4), new BigDecimal("5760.00")),
                        tuple(BigDecimal.valueOf(0), new BigDecimal("0.00")));
        assertThat(result.earned()).isEqualTo(new BigDecimal("24480.00"));
        assertThat(result.pending()).hasSize(3);
    }

    @Test
    void whenEveryoneIsOnBenefitAFloorLineBringsTheTotalToZero() throws FormulaException {
        // p1 10 × −360 = −3600.00; p2 5 × −360 = −1800.00; sum −5400.00; FLOOR +5400.00; earned 0.00
        FormulaResult result = evaluate(terms(), Q4_2024, participant("p1", w('D', 10)), participant("p2", w('J', 5)));
        assertThat(result.lines())
                .extracting(ResultLine::participantId, ResultLine::outcome, ResultLine::amount)
                .containsExactly(
                        tuple("p1", "SAVINGS", new BigDecimal("-3600.00")),
                        tuple("p2", "SAVINGS", new BigDecimal("-1800.00")),
                        tuple(null, "FLOOR", new BigDecimal("5400.00")));
        assertThat(result.earned()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theTotalIsCappedAtTheMaximumPaymentByAProgramLine() throws FormulaException {
        // cap 30000: 2 × 13 × 1440 = 37440.00; CAP −(37440 − 30000) = −7440.00; earned 30000.00
        FormulaResult result = evaluate(
                terms("maxTotalPayment", new BigDecimal("30000")),
                Q4_2024,
                participant("p1", w('S', 13)),
                participant("p2", w('S', 13)));
        assertThat(result.lines()).last().satisfies(cap -> {
            assertThat(cap.participantId()).isNull();
            assertThat(cap.outcome()).isEqualTo("CAP");
            assertThat(cap.amount()).isEqualTo(new BigDecimal("-7440.00"));
        });
        assertThat(result.earned()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(sum(result.lines())).isEqualTo(result.earned());
    }

    @Test
    void aTotalExactlyAtTheCapIsNotCut() throws FormulaException {
        // cap 37440 = 2 × 13 × 1440: no CAP line
        FormulaResult result = evaluate(
                terms("maxTotalPayment", new BigDecimal("37440")),
                Q4_2024,
                participant("p1", w('S', 13)),
                participant("p2", w('S', 13)));
        assertThat(result.lines()).extracting(ResultLine::outcome).containsOnly("SAVINGS");
        assertThat(result.earned()).isEqualTo(new BigDecimal("37440.00"));
    }

    @Test
    void aLateCorrectionLowersTheCumulativeAmountAndTheDifferenceIsClawedBack() throws FormulaException {
        // The Q1 statement saw 13 self-supporting weeks: 13 × 1440 = 18720.00, settled.
        FormulaResult q1 = evaluate(terms(), Q1_2024, participant("p1", w('S', 13)));
        // The register then corrects k = 0..3 to sickness benefit, and k = 13..25 are benefit too. Q2 sees
        // k = 0..25: 9 × 1440 − 17 × 360 = 12960 − 6120 = 6840.00.
        String corrected = "DDDD" + w('S', 9) + w('D', 13);
        FormulaResult q2 = evaluate(terms(), Q2_2024, participant("p1", corrected));
        assertThat(q1.earned()).isEqualTo(new BigDecimal("18720.00"));
        assertThat(q2.earned()).isEqualTo(new BigDecimal("6840.00"));
        // due in Q2 = 6840.00 − 18720.00 = −11880.00: a credit to the municipality
        assertThat(q2.earned().subtract(q1.earned())).isEqualTo(new BigDecimal("-11880.00"));
        // Q1 recomputed with the correction alone: 9 × 1440 − 4 × 360 = 11520.00, i.e. 7200.00 less
        FormulaResult q1Again = evaluate(terms(), Q1_2024, participant("p1", corrected));
        assertThat(q1Again.earned()).isEqualTo(new BigDecimal("11520.00"));
    }

    @Test
    void eachLineIsRoundedHalfEvenToTwoDecimalsOnce() throws FormulaException {
        // baseline 0.5, cost 0.01, share 1: a self-supporting week is +0.005, a benefit week −0.005.
        // S 0.005 → 0.00; SSS 0.015 → 0.02; SSSSS 0.025 → 0.02; DDD −0.015 → −0.02 (HALF_UP would give
        // 0.01, 0.02, 0.03, −0.02; rounding per week would give 0.00 everywhere). Earned 0.02.
        Terms terms = terms(
                "baselineBenefitShare", new BigDecimal("0.5"),
                "weeklyNetCost", new BigDecimal("0.01"),
                "savingsShare", BigDecimal.ONE);
        FormulaResult result = evaluate(
                terms,
                Q4_2024,
                participant("p1", "S"),
                participant("p2", "SSS"),
                participant("p3", "SSSSS"),
                participant("p4", "DDD"));
        assertThat(result.lines())
                .extracting(ResultLine::amount)
                .containsExactly(
                        new BigDecimal("0.00"),
                        new BigDecimal("0.02"),
                        new BigDecimal("0.02"),
                        new BigDecimal("-0.02"));
        assertThat(result.earned()).isEqualTo(new BigDecimal("0.02"));
    }

    @Test
    void theSameContextTwiceGivesAnEqualResult() throws FormulaException {
        FormulaContext context = mixedContext();
        assertThat(formula.evaluate(context)).isEqualTo(formula.evaluate(context));
        assertThat(new Nk1PaymentFormula().evaluate(context)).isEqualTo(formula.evaluate(context));
    }

    @Test
    void theSameContextGivesAnEqualResultFromSeveralThreads() throws Exception {
        FormulaContext context = mixedContext();
        FormulaResult expected = formula.evaluate(context);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FormulaResult>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> formula.evaluate(context)));
            }
            for (Future<FormulaResult> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static FormulaContext mixedContext() {
        return context(
                terms(),
                Q2_2024,
                participant("p1", w('D', 7) + w('S', 30)),
                participant("p2", w('D', 40)),
                participant("p3", "SS??EKK" + w('S', 10)));
    }

    private FormulaResult evaluate(Terms terms, SettlementPeriod period, ParticipantInput... participants)
            throws FormulaException {
        return formula.evaluate(context(terms, period, participants));
    }

    private static BigDecimal sum(List<ResultLine> lines) {
        return lines.stream().map(ResultLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
