package dk.virkning.plugins.nk1;

import dk.virkning.plugin.api.Dkk;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.FormulaException;
import dk.virkning.plugin.api.FormulaResult;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.PaymentFormula;
import dk.virkning.plugin.api.PendingOutcome;
import dk.virkning.plugin.api.ResultLine;
import dk.virkning.plugin.api.WeeklyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * NK1's payment formula (DOMAIN.md 6.3): the municipality pays a share of the savings on benefits
 * against a baseline. Earned = savingsShare × max(0, Σ over participants and known weeks
 * 0 ≤ k < measurementWeeks of (baselineBenefitShare − [benefit week]) × weeklyNetCost), capped at
 * maxTotalPayment. One line per participant, rounded once; the floor and the cap are program lines.
 */
@Extension
public class Nk1PaymentFormula implements PaymentFormula {

    static final String SAVINGS = "SAVINGS";

    @Override
    public String id() {
        return Nk1InterventionModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        Nk1Terms terms = Nk1Terms.of(context.terms());
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<PendingOutcome> pending = new ArrayList<>();
        BigDecimal sum = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            int known = 0;
            int benefit = 0;
            boolean incomplete = false;
            for (int k = 0; k < terms.measurementWeeks(); k++) {
                WeeklyStatus status = p.statusAsOf(k, horizon);
                if (status == WeeklyStatus.UNKNOWN) {
                    incomplete = true;
                } else {
                    known++;
                    benefit += status.isBenefitWeek() ? 1 : 0;
                }
            }
            // Σ (baseline − b_k) = known × baseline − benefit weeks; exact in BigDecimal.
            BigDecimal weeks = terms.baselineBenefitShare()
                    .multiply(BigDecimal.valueOf(known))
                    .subtract(BigDecimal.valueOf(benefit));
            BigDecimal amount = Dkk.round(terms.savingsShare().multiply(weeks).multiply(terms.weeklyNetCost()));
            sum = sum.add(amount);
            lines.add(new ResultLine(
                    p.participantId(),
                    SAVINGS,
                    benefit + " benefit weeks of " + known + " known weeks against a baseline of "
                            + terms.baselineBenefitShare().toPlainString(),
                    BigDecimal.valueOf(known),
                    amount));
            if (incomplete) {
                pending.add(new PendingOutcome(
                        p.participantId(),
                        SAVINGS,
                        "weeks of the " + terms.measurementWeeks() + "-week measurement window are not known yet"));
            }
        }
        BigDecimal earned = sum;
        if (sum.signum() < 0) {
            lines.add(new ResultLine(null, "FLOOR", "Savings below zero are not paid", null, sum.negate()));
            earned = Dkk.zero();
        } else if (sum.compareTo(terms.maxTotalPayment()) > 0) {
            BigDecimal cut = Dkk.round(terms.maxTotalPayment()).subtract(sum);
            lines.add(new ResultLine(null, "CAP", "Capped at the maximum total payment", null, cut));
            earned = sum.add(cut);
        }
        return new FormulaResult(earned, lines, pending);
    }
}
