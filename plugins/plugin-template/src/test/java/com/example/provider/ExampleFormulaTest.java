package com.example.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.Terms;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case computed by hand. */
class ExampleFormulaTest {

    private static final WeeklyStatus S = WeeklyStatus.SELF_SUPPORTING;
    private static final WeeklyStatus D = WeeklyStatus.SICKNESS_BENEFIT;

    @Test
    void paysTheRateForEverySelfSupportingWeekInTheWindowAndKeepsUnknownWeeksPending() throws Exception {
        // Window of 6 weeks at 1,000.125 DKK; Q1 2024 sees weeks up to 2024-W13. Participant a (from
        // 2024-W01): D D S S S S, then S in week 6, outside the window: 4 weeks = 4,000.50 DKK.
        // Participant b (from 2024-W10): D S D S are known (W10..W13); weeks 4 and 5 (W14, W15) lie
        // after the horizon, so b is paid 2 weeks = 2,000.25 DKK and is pending. Total 6,000.75 DKK.
        Terms terms = new Terms(Map.of("ratePerWeek", new BigDecimal("1000.125"), "measurementWeeks", 6));
        ParticipantInput a = participant("a", "2024-W01", D, D, S, S, S, S, S);
        ParticipantInput b = participant("b", "2024-W10", D, S, D, S, S, S);
        SettlementPeriod q1 = new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));

        FormulaResult result = new ExampleFormula().evaluate(new FormulaContext("p", terms, q1, List.of(a, b)));

        assertThat(result.lines())
                .extracting(ResultLine::participantId, ResultLine::amount)
                .containsExactly(
                        tuple("a", new BigDecimal("4000.50")),
                        tuple("b", new BigDecimal("2000.25")));
        assertThat(result.earned()).isEqualTo(new BigDecimal("6000.75"));
        // b's 2 unknown weeks can still earn at most 2 × 1,000.125 = 2,000.25 DKK
        assertThat(result.pending())
                .extracting(PendingOutcome::participantId, PendingOutcome::kind, PendingOutcome::maxAmount)
                .containsExactly(tuple("b", PendingKind.WEEKLY_PAYMENT, new BigDecimal("2000.25")));
    }

    private static ParticipantInput participant(String id, String startWeek, WeeklyStatus... statuses) {
        return new ParticipantInput(
                id,
                "SICKNESS_BENEFIT",
                IsoWeek.parse(startWeek),
                ReferralFacts.none(),
                List.of(),
                List.of(),
                StatusTimeline.of(statuses));
    }
}
