package dk.virkning.console.investor;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.model.CapitalTransactionCreate;
import dk.virkning.client.model.CapitalTransactionType;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Portfolio;
import dk.virkning.console.web.CashFlowChart;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An investor analyst's portfolio: capital drawn and repaid, outcome payments, net, MOIC and IRR,
 * per program and in total, the cash flows over time as a chart, and recording a capital
 * transaction.
 */
@Controller("consolePortfolioController")
class PortfolioController {

    private final ConsoleApi api;

    PortfolioController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/investor/portfolio")
    String portfolio(Model model) throws ApiException {
        ApiClient client = api.client();
        Portfolio portfolio = new InvestorPortfolioApi(client).getPortfolio();
        List<InvestorStatement> statements =
                new InvestorApi(client).listInvestorStatements(0, 100).getItems();
        List<CashFlowChart.Flow> flows = CashFlows.of(portfolio, statements, program -> new InvestorPortfolioApi(client)
                .listCapitalTransactions(program, 0, 100)
                .getItems());
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("flows", flows);
        model.addAttribute("chart", CashFlowChart.of(flows));
        model.addAttribute("types", CapitalTransactionType.values());
        // A new key per form: a double submit records the transaction once.
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        return "console/investor/portfolio";
    }

    @PostMapping("/console/investor/capital-transactions")
    String record(
            @RequestParam(required = false) UUID programId,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String note,
            @RequestParam String idempotencyKey,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            CapitalTransactionCreate create = new CapitalTransactionCreate()
                    .type(type.isBlank() ? null : CapitalTransactionType.fromValue(type))
                    .date(date(date))
                    .amount(amount.isBlank() ? null : amount.trim().replace(',', '.'))
                    .note(note.isBlank() ? null : note);
            new InvestorPortfolioApi(api.client()).recordCapitalTransaction(programId, create, idempotencyKey);
            flash.addFlashAttribute("done", "portfolio.recorded");
            return "redirect:/console/investor/portfolio";
        } catch (ApiException e) {
            if (e.getCode() == 403) {
                throw e;
            }
            model.addAttribute("transactionProblem", ConsoleProblem.of(e));
            return portfolio(model);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
