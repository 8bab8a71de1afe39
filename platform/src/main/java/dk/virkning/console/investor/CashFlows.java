package dk.virkning.console.investor;

import dk.virkning.client.ApiException;
import dk.virkning.client.model.CapitalTransaction;
import dk.virkning.client.model.CapitalTransactionType;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Portfolio;
import dk.virkning.client.model.PortfolioProgram;
import dk.virkning.console.web.CashFlowChart.Flow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The investor's cash flows: capital drawn (out), repaid or distributed (in), and each issued or
 * approved statement's payment due at the end of its period, times the investor's attribution
 * share of the program (in).
 */
final class CashFlows {

    private CashFlows() {}

    interface Transactions {
        List<CapitalTransaction> of(UUID program) throws ApiException;
    }

    static List<Flow> of(Portfolio portfolio, List<InvestorStatement> statements, Transactions transactions)
            throws ApiException {
        List<Flow> flows = new ArrayList<>();
        for (PortfolioProgram program : portfolio.getPrograms()) {
            for (CapitalTransaction t : transactions.of(program.getProgramId())) {
                BigDecimal amount = new BigDecimal(t.getAmount());
                flows.add(new Flow(
                        t.getDate(),
                        t.getType() == CapitalTransactionType.DRAWDOWN ? amount.negate() : amount,
                        t.getType().getValue()));
            }
            BigDecimal share = program.getAttributionShare() == null
                    ? BigDecimal.ONE
                    : new BigDecimal(program.getAttributionShare());
            for (InvestorStatement s : statements) {
                boolean settled = "ISSUED".equals(s.getStatus().getValue())
                        || "APPROVED".equals(s.getStatus().getValue());
                if (settled && program.getProgramId().equals(s.getProgramId()) && s.getDue() != null) {
                    flows.add(new Flow(
                            s.getPeriod().getLastDay(),
                            new BigDecimal(s.getDue()).multiply(share).setScale(2, java.math.RoundingMode.HALF_EVEN),
                            "OUTCOME_PAYMENT"));
                }
            }
        }
        return flows;
    }
}
