package dk.virkning.plugins.nk1;

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
 * NK1's payment formula (DOMAIN.md 6.3): the municipality pays a share of the savings on benefits
 * against a baseline. Earned = savingsShare × max(0, Σ over participants and known weeks
 * 0 ≤ k < measurementWeeks of (baselineBenefitShare − [benefit week]) × weeklyNetCost), capped at
 * maxTotalPayment. One {@code SAVINGS} line per participant, rounded once (it may be negative); the
 * floor at zero and the cap are program-level lines, so the lines always add up to the earned amount.
 */
@Extension
public class Nk1PaymentFormula implements PaymentFormula {

    static final String SAVINGS = "SAVINGS";
    static final String FLOOR = "FLOOR";
    static final String CAP = "CAP";

    @Override
    public String id() {
        return Nk1InterventionModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        Nk1Terms terms = Nk1Terms.of(context.terms());
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        BigDecimal sum = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            Window w = Window.count(p, terms.measurementWeeks(), horizon);
            BigDecimal amount = savings(terms, w.known(), w.benefit());
            sum = sum.add(amount);
            lines.add(new ResultLine(
                    p.participantId(),
                    SAVINGS,
                    w.benefit() + " benefit weeks of " + w.known() + " known weeks against a baseline share of "
                            + terms.baselineBenefitShare().toPlainString(),
                    BigDecimal.valueOf(w.known()),
                    amount));
            if (w.known() < terms.measurementWeeks()) {
                // At most: every week not known yet turns out to be without benefit.
                BigDecimal best = savings(terms, terms.measurementWeeks(), w.benefit());
                open.add(new Open(p.participantId(), terms.measurementWeeks() - w.known(), best.subtract(amount)));
            }
        }
        BigDecimal cap = Dkk.round(terms.maxTotalPayment());
        ResultLine adjustment = programAdjustment(sum, cap);
        if (adjustment != null) {
            lines.add(adjustment);
            sum = sum.add(adjustment.amount());
        }
        // Nothing can earn more than what the cap leaves.
        BigDecimal room = cap.subtract(sum).max(Dkk.zero());
        List<PendingOutcome> pending = new ArrayList<>(open.size());
        for (Open o : open) {
            pending.add(new PendingOutcome(
                    o.participantId(),
                    SAVINGS,
                    o.unknownWeeks() + " of the " + terms.measurementWeeks() + " measurement weeks are not known yet",
                    PendingKind.WEEKLY_PAYMENT,
                    o.most().max(Dkk.zero()).min(room)));
        }
        return new FormulaResult(sum, lines, pending);
    }

    /**
     * savingsShare × Σ_k (baseline − b_k) × weekly net cost over {@code known} weeks of which {@code
     * benefit} were benefit weeks: Σ_k (baseline − b_k) = known × baseline − benefit, exact in
     * BigDecimal; the product is rounded once, per line, as DOMAIN.md §5 asks.
     */
    private static BigDecimal savings(Nk1Terms terms, int known, int benefit) {
        BigDecimal weeks =
                terms.baselineBenefitShare().multiply(BigDecimal.valueOf(known)).subtract(BigDecimal.valueOf(benefit));
        return Dkk.round(terms.savingsShare().multiply(weeks).multiply(terms.weeklyNetCost()));
    }

    /** A participant whose measurement window is not complete, and the most its line can still grow. */
    private record Open(String participantId, int unknownWeeks, BigDecimal most) {}

    /**
     * The program-level line that brings the sum of the participant lines into [0, cap], or {@code
     * null} when it is already there. A line rather than a silent clamp, so that a statement shows why
     * it pays less than its participant lines add up to.
     */
    private static ResultLine programAdjustment(BigDecimal sum, BigDecimal cap) {
        if (sum.signum() < 0) {
            return new ResultLine(null, FLOOR, "Net savings below zero are not paid", null, sum.negate());
        }
        if (sum.compareTo(cap) > 0) {
            return new ResultLine(
                    null,
                    CAP,
                    "Capped at the maximum total payment of " + cap.toPlainString(),
                    null,
                    cap.subtract(sum));
        }
        return null;
    }

    /**
     * What one participant's measurement window holds as the formula may see it.
     *
     * @param known weeks {@code 0 ≤ k < measurementWeeks} with a status other than unknown, up to the horizon
     * @param benefit how many of those are benefit weeks
     */
    private record Window(int known, int benefit) {

        static Window count(ParticipantInput p, int measurementWeeks, IsoWeek horizon) {
            // The platform already hides weeks after the horizon; cutting here again keeps a statement
            // independent of data imported after its period even if a caller forgot to. Computed once,
            // because IsoWeek arithmetic per week would dominate the run time of a large cohort.
            long visible = p.startWeek().weeksUntil(horizon) + 1;
            int last = (int) Math.max(0, Math.min(measurementWeeks, visible));
            int known = 0;
            int benefit = 0;
            for (int k = 0; k < last; k++) {
                WeeklyStatus status = p.statuses().status(k);
                if (status != WeeklyStatus.UNKNOWN) {
                    known++;
                    benefit += status.isBenefitWeek() ? 1 : 0;
                }
            }
            return new Window(known, benefit);
        }
    }
}
