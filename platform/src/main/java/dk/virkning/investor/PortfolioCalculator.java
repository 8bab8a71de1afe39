package dk.virkning.investor;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.settlement.StoredStatement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio figures, as a pure calculation over recorded capital transactions and statements.
 *
 * <ul>
 *   <li>capital drawn = Σ DRAWDOWN; capital repaid = Σ REPAYMENT + DISTRIBUTION (the investor's own);
 *   <li>outcome payments = Σ over statements with status ISSUED or APPROVED of due × the investor's
 *       attribution share, each rounded HALF_EVEN to 2 decimals (a negative due, a clawback,
 *       reduces it). The share is 1 for a sole investor; with several investors it is pro rata to
 *       the capital each has drawn on the program (all dates), in equal parts while none has drawn;
 *   <li>net = repaid + outcome payments − drawn;
 *   <li>MOIC = (repaid + outcome payments) / drawn, 4 decimals HALF_EVEN; none when nothing is
 *       drawn. No residual value is added: the platform holds no valuation of what is still out;
 *   <li>IRR = XIRR over the dated cash flows: drawdowns negative, repayments, distributions and
 *       outcome payments positive; an outcome payment is dated on its statement period's last day
 *       (when it was earned; the issue date depends on when someone ran the settlement).
 * </ul>
 */
final class PortfolioCalculator {

    /** Statement statuses whose due amount is money owed to the program's investors. */
    private PortfolioCalculator() {}

    /** A fraction of the program's outcome payments. */
    record Share(BigDecimal numerator, BigDecimal denominator) {

        static final Share WHOLE = new Share(BigDecimal.ONE, BigDecimal.ONE);

        BigDecimal of(BigDecimal amount) {
            return amount.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_EVEN);
        }

        BigDecimal value() {
            return numerator.divide(denominator, 6, RoundingMode.HALF_EVEN);
        }
    }

    record Figures(
            BigDecimal drawn,
            BigDecimal repaid,
            BigDecimal outcomePayments,
            BigDecimal net,
            BigDecimal moic,
            Xirr.Result irr) {}

    record ProgramFigures(Share share, int statements, Figures figures, List<Xirr.CashFlow> cashFlows) {}

    /**
     * One program's figures for one investor.
     *
     * @param transactions every investor's transactions on the program (the others' only weigh the
     *     share)
     */
    static ProgramFigures program(
            OrganisationId investor,
            List<OrganisationId> investors,
            List<CapitalTransaction> transactions,
            List<StoredStatement> statements) {
        Share share = share(investor, investors, transactions);
        List<Xirr.CashFlow> flows = new ArrayList<>();
        BigDecimal drawn = zero();
        BigDecimal repaid = zero();
        for (CapitalTransaction t : transactions) {
            if (!t.investor().equals(investor)) {
                continue;
            }
            if (t.type().toInvestor()) {
                repaid = repaid.add(t.amount());
                flows.add(new Xirr.CashFlow(t.date(), t.amount()));
            } else {
                drawn = drawn.add(t.amount());
                flows.add(new Xirr.CashFlow(t.date(), t.amount().negate()));
            }
        }
        BigDecimal outcomes = zero();
        int counted = 0;
        for (StoredStatement s : statements) {
            if (!s.settles()) {
                continue;
            }
            BigDecimal payment = share.of(s.content().amounts().due());
            outcomes = outcomes.add(payment);
            flows.add(new Xirr.CashFlow(s.period().lastDay(), payment));
            counted++;
        }
        return new ProgramFigures(share, counted, figures(drawn, repaid, outcomes, flows), List.copyOf(flows));
    }

    /** The totals over several programs: sums, and MOIC and XIRR over all their cash flows. */
    static Figures total(List<ProgramFigures> programs) {
        BigDecimal drawn = zero();
        BigDecimal repaid = zero();
        BigDecimal outcomes = zero();
        List<Xirr.CashFlow> flows = new ArrayList<>();
        for (ProgramFigures p : programs) {
            drawn = drawn.add(p.figures().drawn());
            repaid = repaid.add(p.figures().repaid());
            outcomes = outcomes.add(p.figures().outcomePayments());
            flows.addAll(p.cashFlows());
        }
        return figures(drawn, repaid, outcomes, flows);
    }

    static Figures figures(BigDecimal drawn, BigDecimal repaid, BigDecimal outcomes, List<Xirr.CashFlow> flows) {
        BigDecimal returned = repaid.add(outcomes);
        BigDecimal moic = drawn.signum() == 0 ? null : returned.divide(drawn, 4, RoundingMode.HALF_EVEN);
        Xirr.Result irr = drawn.signum() == 0
                ? Xirr.Result.undefined("No capital has been drawn, so there is no rate of return")
                : Xirr.of(flows);
        return new Figures(drawn, repaid, outcomes, returned.subtract(drawn), moic, irr);
    }

    static Share share(OrganisationId investor, List<OrganisationId> investors, List<CapitalTransaction> transactions) {
        if (investors.size() <= 1) {
            return Share.WHOLE;
        }
        BigDecimal total = zero();
        BigDecimal own = zero();
        for (CapitalTransaction t : transactions) {
            if (t.type() == CapitalTransaction.Type.DRAWDOWN) {
                total = total.add(t.amount());
                if (t.investor().equals(investor)) {
                    own = own.add(t.amount());
                }
            }
        }
        if (total.signum() == 0) {
            return new Share(BigDecimal.ONE, BigDecimal.valueOf(investors.size()));
        }
        return new Share(own, total);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
