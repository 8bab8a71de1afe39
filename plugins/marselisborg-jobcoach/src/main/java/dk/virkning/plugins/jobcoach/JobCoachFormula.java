package dk.virkning.plugins.jobcoach;

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
            BigDecimal cap = Dkk.round(terms.capPerParticipant());
            if (amount.compareTo(terms.capPerParticipant()) > 0) {
                BigDecimal cut = cap.subtract(amount);
                lines.add(new ResultLine(p.participantId(), "CAP", "Capped per participant", null, cut));
                earned = earned.add(cut);
            }
            if (runs.openShortRun()) {
                // At most: the open run goes on to the end of the window, within the cap.
                BigDecimal run =
                        Dkk.round(rate.multiply(BigDecimal.valueOf(terms.measurementWeeks() - runs.openRunStart())));
                BigDecimal room = cap.subtract(amount.min(cap)).max(Dkk.zero());
                pending.add(new PendingOutcome(
                        p.participantId(),
                        OUTCOME,
                        "an open run of self-supporting weeks is shorter than " + terms.qualifyingRunWeeks()
                                + " weeks so far",
                        PendingKind.WEEKLY_PAYMENT,
                        run.min(room)));
            }
        }
        return new FormulaResult(earned, lines, pending);
    }

    /**
     * The runs of one participant as seen at the horizon.
     *
     * @param paidWeeks weeks in the window that are in a run of at least the qualifying length
     * @param openRunStart the first week of the first run shorter than that which reaches an unknown week (so
     *     may still qualify), or -1
     */
    record Runs(int paidWeeks, int openRunStart) {

        boolean openShortRun() {
            return openRunStart >= 0;
        }

        static Runs of(ParticipantInput p, IsoWeek horizon, int window, int qualifying) {
            int paid = 0;
            int openStart = -1;
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
                } else if (openStart < 0 && p.statusAsOf(end + 1, horizon) == WeeklyStatus.UNKNOWN) {
                    openStart = k;
                }
                k = end + 1;
            }
            return new Runs(paid, openStart);
        }
    }
}
