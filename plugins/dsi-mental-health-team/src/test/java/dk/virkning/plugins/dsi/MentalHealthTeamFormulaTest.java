package dk.virkning.plugins.dsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
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
 * Hand-computed DSI cases (DOMAIN.md 6.2) with the demo rate card: O1 20,000 DKK, O2 40,000 DKK,
 * program cap 5,400,000. Timelines are written as k = 0.. with S self-supporting, B sickness benefit.
 */
class MentalHealthTeamFormulaTest {

    private static final IsoWeek START = IsoWeek.parse("2024-W01");
    private static final SettlementPeriod LATE =
            new SettlementPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));

    private final MentalHealthTeamFormula formula = new MentalHealthTeamFormula();

    @Test
    void bothOutcomesArePaidOnceWhenTheirWindowsAreKnown() throws FormulaException {
        // B*39, S at k = 39, then S for all 52 weeks k = 40..91: O1 20000 + O2 40000 = 60000.00
        FormulaResult r = evaluate(terms(), LATE, p("p1", "B".repeat(39) + "S".repeat(53)));
        assertThat(r.lines()).extracting(ResultLine::outcome).containsExactly("O1", "O2");
        assertThat(r.earned()).isEqualByComparingTo("60000.00");
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void o2NeedsThirtyNineSelfSupportingWeeksOfFiftyTwo() throws FormulaException {
        // k = 40..91: 39 S and 13 B: O2 paid. 38 S and 14 B: not paid. O1 not met (B at k = 39).
        FormulaResult paid = evaluate(terms(), LATE, p("p1", "B".repeat(40) + "S".repeat(39) + "B".repeat(13)));
        assertThat(paid.earned()).isEqualByComparingTo("40000.00");
        FormulaResult short1 = evaluate(terms(), LATE, p("p1", "B".repeat(40) + "S".repeat(38) + "B".repeat(14)));
        assertThat(short1.earned()).isEqualByComparingTo("0.00");
        assertThat(short1.pending()).isEmpty();
    }

    @Test
    void outcomesWithUnknownWeeksArePending() throws FormulaException {
        // Only 60 weeks known: O1 decided (S at k = 39: 20000.00); O2's window is incomplete
        FormulaResult r = evaluate(terms(), LATE, p("p1", "B".repeat(39) + "S".repeat(21)));
        assertThat(r.earned()).isEqualByComparingTo("20000.00");
        // 20 self-supporting weeks of k = 40..91 known, 32 unknown: O2 (40000.00) is still reachable
        assertThat(r.pending())
                .extracting(PendingOutcome::outcome, PendingOutcome::kind, PendingOutcome::maxAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "O2", PendingKind.OUTCOME_PAYMENT, new BigDecimal("40000.00")));
    }

    @Test
    void anOutcomeThatCanNoLongerBeReachedHasNothingOpen() throws FormulaException {
        // k = 40..53 on benefit (14 weeks), the remaining 38 unknown: at most 38 of the 39 needed
        FormulaResult r = evaluate(terms(), LATE, p("p1", "B".repeat(54)));
        assertThat(r.pending()).singleElement().satisfies(x -> assertThat(x.maxAmount())
                .isEqualTo(new BigDecimal("0.00")));
    }

    @Test
    void theOpenAmountIsNoMoreThanTheCapLeaves() throws FormulaException {
        // cap 30000: p1 earns O1 and O2 (60000, cut to 30000); p2's O1 and O2 are open but nothing is left
        FormulaResult r = evaluate(
                terms("maxTotalPayment", new BigDecimal("30000")),
                LATE,
                p("p1", "B".repeat(39) + "S".repeat(53)),
                p("p2", "B".repeat(39)));
        assertThat(r.earned()).isEqualByComparingTo("30000.00");
        assertThat(r.pending())
                .extracting(PendingOutcome::outcome, PendingOutcome::maxAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("O1", new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple("O2", new BigDecimal("0.00")));
    }

    @Test
    void thePeriodsHorizonHidesLaterWeeks() throws FormulaException {
        // Start 2024-W01; 2024-Q3 ends on Monday 2024-09-30, so its horizon is 2024-W39 (k = 38):
        // k = 39 is beyond it and both outcomes are pending.
        SettlementPeriod q3 = new SettlementPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));
        FormulaResult r = evaluate(terms(), q3, p("p1", "S".repeat(92)));
        assertThat(r.earned()).isEqualByComparingTo("0.00");
        assertThat(r.pending())
                .extracting(PendingOutcome::outcome, PendingOutcome::maxAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("O1", new BigDecimal("20000.00")),
                        org.assertj.core.groups.Tuple.tuple("O2", new BigDecimal("40000.00")));
    }

    @Test
    void theProgramTotalIsCapped() throws FormulaException {
        // two participants with both outcomes: 120000; cap 100000 cuts 20000.00
        FormulaResult r = evaluate(
                terms("maxTotalPayment", new BigDecimal("100000")),
                LATE,
                p("p1", "B".repeat(39) + "S".repeat(53)),
                p("p2", "B".repeat(39) + "S".repeat(53)));
        assertThat(r.earned()).isEqualByComparingTo("100000.00");
        assertThat(r.lines()).last().satisfies(cap -> {
            assertThat(cap.outcome()).isEqualTo("CAP");
            assertThat(cap.participantId()).isNull();
            assertThat(cap.amount()).isEqualByComparingTo("-20000.00");
        });
    }

    @Test
    void aLateCorrectionOfWeek39WithdrawsO1() throws FormulaException {
        FormulaResult before = evaluate(terms(), LATE, p("p1", "B".repeat(39) + "S"));
        FormulaResult after = evaluate(terms(), LATE, p("p1", "B".repeat(40)));
        assertThat(after.earned().subtract(before.earned())).isEqualByComparingTo("-20000.00");
    }

    @Test
    void missingTermsAreRefused() {
        assertThatThrownBy(() -> evaluate(new Terms(Map.of("rateO1", 1)), LATE, p("p1", "S")))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("rateO2");
    }

    private FormulaResult evaluate(Terms terms, SettlementPeriod period, ParticipantInput... participants)
            throws FormulaException {
        return formula.evaluate(new FormulaContext("program", terms, period, List.of(participants)));
    }

    private static ParticipantInput p(String id, String weeks) {
        List<WeeklyStatus> statuses = new ArrayList<>();
        for (char c : weeks.toCharArray()) {
            statuses.add(c == 'S' ? WeeklyStatus.SELF_SUPPORTING : WeeklyStatus.SICKNESS_BENEFIT);
        }
        return new ParticipantInput(
                id, "PSYCHOLOGICALLY_VULNERABLE", START, null, null, null, StatusTimeline.of(statuses));
    }

    private static Terms terms(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rateO1", new BigDecimal("20000"));
        values.put("rateO2", new BigDecimal("40000"));
        values.put("maxTotalPayment", new BigDecimal("5400000"));
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return new Terms(values);
    }
}
