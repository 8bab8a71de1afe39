package dk.virkning.plugins.dsi;

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
import dk.virkning.spi.Terms;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The DSI rate card (DOMAIN.md 6.2). Each outcome is paid at most once per participant, and only
 * when its whole window is known: O1 when week {@code k = 39} (the week after aftercare) is
 * self-supporting; O2 when at least 39 of the weeks {@code k = 40..91} are. The total is capped.
 */
@Extension
public class MentalHealthTeamFormula implements PaymentFormula {

    static final int O1_WEEK = 39;
    static final int O2_FIRST = 40;
    static final int O2_LAST = 91;
    static final int O2_REQUIRED = 39;

    @Override
    public String id() {
        return MentalHealthTeamModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        BigDecimal rateO1 = term(context.terms(), "rateO1");
        BigDecimal rateO2 = term(context.terms(), "rateO2");
        BigDecimal cap = term(context.terms(), "maxTotalPayment");
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        BigDecimal sum = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            WeeklyStatus o1 = p.statusAsOf(O1_WEEK, horizon);
            if (o1 == WeeklyStatus.UNKNOWN) {
                open.add(new Open(p.participantId(), "O1", "week k = 39 is not known yet", Dkk.round(rateO1)));
            } else if (o1 == WeeklyStatus.SELF_SUPPORTING) {
                lines.add(line(p, "O1", "Self-supporting in week k = 39", rateO1));
                sum = sum.add(Dkk.round(rateO1));
            }
            int selfSupporting = 0;
            int unknown = 0;
            for (int k = O2_FIRST; k <= O2_LAST; k++) {
                WeeklyStatus s = p.statusAsOf(k, horizon);
                unknown += s == WeeklyStatus.UNKNOWN ? 1 : 0;
                selfSupporting += s == WeeklyStatus.SELF_SUPPORTING ? 1 : 0;
            }
            if (unknown > 0) {
                // Nothing when even every unknown week being self-supporting would not reach the count.
                BigDecimal most = selfSupporting + unknown >= O2_REQUIRED ? Dkk.round(rateO2) : Dkk.zero();
                open.add(new Open(p.participantId(), "O2", "weeks k = 40..91 are not all known yet", most));
            } else if (selfSupporting >= O2_REQUIRED) {
                lines.add(line(p, "O2", selfSupporting + " self-supporting weeks among k = 40..91", rateO2));
                sum = sum.add(Dkk.round(rateO2));
            }
        }
        BigDecimal earned = sum;
        if (sum.compareTo(cap) > 0) {
            BigDecimal cut = Dkk.round(cap).subtract(sum);
            lines.add(new ResultLine(null, "CAP", "Capped at the maximum total payment", null, cut));
            earned = sum.add(cut);
        }
        // Nothing can earn more than what the cap leaves.
        BigDecimal room = Dkk.round(cap).subtract(earned).max(Dkk.zero());
        List<PendingOutcome> pending = new ArrayList<>(open.size());
        for (Open o : open) {
            pending.add(new PendingOutcome(
                    o.participantId(),
                    o.outcome(),
                    o.reason(),
                    PendingKind.OUTCOME_PAYMENT,
                    o.most().min(room)));
        }
        return new FormulaResult(earned, lines, pending);
    }

    /** An outcome not decided yet and the most it pays if it is achieved. */
    private record Open(String participantId, String outcome, String reason, BigDecimal most) {}

    private static ResultLine line(ParticipantInput p, String outcome, String description, BigDecimal rate) {
        return new ResultLine(p.participantId(), outcome, description, BigDecimal.ONE, Dkk.round(rate));
    }

    private static BigDecimal term(Terms terms, String name) throws FormulaException {
        try {
            BigDecimal value = terms.decimal(name);
            if (value.signum() < 0) {
                throw new FormulaException("term '" + name + "' must not be negative");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new FormulaException(e.getMessage(), e);
        }
    }
}
