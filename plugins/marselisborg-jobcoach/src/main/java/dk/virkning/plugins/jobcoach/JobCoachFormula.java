package dk.virkning.plugins.jobcoach;

import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The job coach formula (DOMAIN.md 6.1): every self-supporting week {@code 0 ≤ k < measurementWeeks}
 * that lies in a run of at least {@code qualifyingRunWeeks} self-supporting weeks earns the rate of
 * the participant's target group, capped per participant. Weeks after the window still count toward
 * a run's length; an open run that is still too short is pending.
 */
@Extension
public class JobCoachFormula implements PaymentFormula {

    static final String OUTCOME = "SELF_SUPPORTING_WEEKS";

    @Override
    public String id() {
        return JobCoachModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        JobCoachTerms terms = JobCoachTerms.of(context.terms());
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<PendingOutcome> pending = new ArrayList<>();
        BigDecimal earned = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            BigDecimal rate = terms.rate(p.targetGroup());
            Runs runs = Runs.of(p, horizon, terms.measurementWeeks(), terms.qualifyingRunWeeks());
            BigDecimal amount = Dkk.round(rate.multiply(BigDecimal.valueOf(runs.paidWeeks())));
            lines.add(new ResultLine(
                    p.participantId(),
                    OUTCOME,
                    runs.paidWeeks() + " self-supporting weeks in runs of at least " + terms.qualifyingRunWeeks()
                            + " weeks at " + rate.toPlainString() + " DKK",
                    BigDecimal.valueOf(runs.paidWeeks()),
                    amount));
            earned = earned.add(amount);
            if (amount.compareTo(terms.capPerParticipant()) > 0) {
                BigDecimal cut = Dkk.round(terms.capPerParticipant()).subtract(amount);
                lines.add(new ResultLine(p.participantId(), "CAP", "Capped per participant", null, cut));
                earned = earned.add(cut);
            }
            if (runs.openShortRun()) {
                pending.add(new PendingOutcome(
                        p.participantId(),
                        OUTCOME,
                        "an open run of self-supporting weeks is shorter than " + terms.qualifyingRunWeeks()
                                + " weeks so far"));
            }
        }
        return new FormulaResult(earned, lines, pending);
    }

    /** The runs of one participant as seen at the horizon. */
    record Runs(int paidWeeks, boolean openShortRun) {

        static Runs of(ParticipantInput p, IsoWeek horizon, int window, int qualifying) {
            int paid = 0;
            boolean openShort = false;
            int k = 0;
            while (k < window) {
                if (p.statusAsOf(k, horizon) != WeeklyStatus.SELF_SUPPORTING) {
                    k++;
                    continue;
                }
                int end = k;
                while (p.statusAsOf(end + 1, horizon) == WeeklyStatus.SELF_SUPPORTING) {
                    end++;
                }
                int length = end - k + 1;
                if (length >= qualifying) {
                    paid += Math.min(end, window - 1) - k + 1;
                } else if (p.statusAsOf(end + 1, horizon) == WeeklyStatus.UNKNOWN) {
                    openShort = true;
                }
                k = end + 1;
            }
            return new Runs(paid, openShort);
        }
    }
}
