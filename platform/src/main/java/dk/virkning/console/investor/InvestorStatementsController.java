package dk.virkning.console.investor;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.StatementDocumentsApi;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.Downloads;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The aggregated statements of the programs the investor funds, each with its PDF and CSV. */
@Controller("consoleInvestorStatementsController")
@RequestMapping("/console/investor/statements")
class InvestorStatementsController {

    private final ConsoleApi api;

    InvestorStatementsController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping
    String statements(Model model) throws ApiException {
        model.addAttribute(
                "statements",
                new InvestorApi(api.client()).listInvestorStatements(0, 100).getItems());
        return "console/investor/statements";
    }

    @GetMapping("/{statement}")
    String statement(@PathVariable UUID statement, Model model) throws ApiException {
        model.addAttribute("statement", new InvestorApi(api.client()).getInvestorStatement(statement));
        return "console/investor/statement";
    }

    @GetMapping("/{statement}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID statement) throws ApiException {
        return Downloads.pdf(
                new StatementDocumentsApi(api.client()).downloadInvestorStatementPdf(statement),
                "statement-" + statement + ".pdf");
    }

    @GetMapping("/{statement}/csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID statement) throws ApiException {
        return Downloads.csv(
                new StatementDocumentsApi(api.client()).downloadInvestorStatementCsv(statement),
                "statement-" + statement + ".csv");
    }
}
