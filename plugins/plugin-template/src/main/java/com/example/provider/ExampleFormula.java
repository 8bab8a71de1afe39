package com.example.provider;

import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Earned: for each participant, {@code ratePerWeek} for every {@code SELF_SUPPORTING} week {@code
 * 0 <= k < measurementWeeks} known at the period's end, one line per participant, rounded to øre.
 * A participant whose window still has unknown weeks is also pending (more may be earned), with the
 * most it can still earn.
 */
@Extension
public class ExampleFormula implements PaymentFormula {

    static final String OUTCOME = "SELF_SUPPORTING_WEEKS";

    @Override
    public String id() {
        return ExampleModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        BigDecimal rate;
        int window;
        try {
            rate = context.terms().decimal("ratePerWeek");
            window = context.terms().integer("measurementWeeks");
        } catch (IllegalArgumentException e) {
            throw new FormulaException(e.getMessage());
        }
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<PendingOutcome> pending = new ArrayList<>();
        BigDecimal earned = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            int paid = 0;
            int unknown = 0;
            for (int k = 0; k < window; k++) {
                WeeklyStatus status = p.statusAsOf(k, horizon);
                if (status == WeeklyStatus.SELF_SUPPORTING) {
                    paid++;
                } else if (status == WeeklyStatus.UNKNOWN) {
                    unknown++;
                }
            }
            BigDecimal amount = Dkk.round(rate.multiply(BigDecimal.valueOf(paid)));
            lines.add(new ResultLine(
                    p.participantId(),
                    OUTCOME,
                    paid + " self-supporting weeks at " + rate.toPlainString() + " DKK",
                    BigDecimal.valueOf(paid),
                    amount));
            earned = earned.add(amount);
            if (unknown > 0) {
                // Say what kind of outcome it is and, where the formula knows it, the most it can still
                // earn: here every unknown week turning out self-supporting (API 1.1).
                pending.add(new PendingOutcome(
                        p.participantId(),
                        OUTCOME,
                        unknown + " weeks of the window are not known yet",
                        PendingKind.WEEKLY_PAYMENT,
                        Dkk.round(rate.multiply(BigDecimal.valueOf(unknown)))));
            }
        }
        return new FormulaResult(earned, lines, pending);
    }
}
