package dk.virkning.console.municipality;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.api.StatementDocumentsApi;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementDispute;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import dk.virkning.console.web.Downloads;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's statements: draft one for a period, review its lines and the verification result,
 * issue it, approve it or dispute it with a reason, download it as PDF or CSV.
 */
@Controller("consoleStatementsController")
@RequestMapping("/console/municipalities/{municipality}/programs/{program}/statements")
class StatementsController {

    private final ConsoleApi api;

    StatementsController(ConsoleApi api) {
        this.api = api;
    }

    @PostMapping
    String draft(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @RequestParam String period,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            Statement draft = new SettlementsApi(api.client())
                    .runSettlement(municipality, program, new SettlementRequest().period(period.trim()));
            flash.addFlashAttribute("done", "statement.drafted");
            return "redirect:" + path(municipality, program, draft.getId());
        } catch (ApiException e) {
            flash.addFlashAttribute("draftProblem", ConsoleProblem.of(e));
            flash.addFlashAttribute("period", period);
            return "redirect:/console/municipalities/" + municipality + "/programs/" + program + "#statements";
        }
    }

    @GetMapping("/{statement}")
    String statement(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID statement,
            @RequestParam(defaultValue = "false") boolean verify,
            Model model)
            throws ApiException {
        ApiClient client = api.client();
        SettlementsApi settlements = new SettlementsApi(client);
        model.addAttribute("municipality", municipality);
        model.addAttribute("program", new ProgramsApi(client).getProgram(municipality, program));
        model.addAttribute("statement", settlements.getStatement(municipality, program, statement));
        if (verify) {
            model.addAttribute("verification", settlements.verifyStatement(municipality, program, statement));
        }
        return "console/municipality/statement";
    }

    @PostMapping("/{statement}/issue")
    String issue(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID statement,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        return decide(
                municipality,
                program,
                statement,
                model,
                flash,
                "statement.issued",
                s -> s.issueStatement(municipality, program, statement));
    }

    @PostMapping("/{statement}/approval")
    String approve(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID statement,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        return decide(
                municipality,
                program,
                statement,
                model,
                flash,
                "statement.approved",
                s -> s.approveStatement(municipality, program, statement));
    }

    @PostMapping("/{statement}/dispute")
    String dispute(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID statement,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        model.addAttribute("reason", reason);
        return decide(
                municipality,
                program,
                statement,
                model,
                flash,
                "statement.disputed",
                s -> s.disputeStatement(municipality, program, statement, new StatementDispute().reason(reason)));
    }

    @GetMapping("/{statement}/pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String municipality, @PathVariable UUID program, @PathVariable UUID statement)
            throws ApiException {
        return Downloads.pdf(
                new StatementDocumentsApi(api.client()).downloadStatementPdf(municipality, program, statement),
                "statement-" + statement + ".pdf");
    }

    @GetMapping("/{statement}/csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String municipality, @PathVariable UUID program, @PathVariable UUID statement)
            throws ApiException {
        return Downloads.csv(
                new StatementDocumentsApi(api.client()).downloadStatementCsv(municipality, program, statement),
                "statement-" + statement + ".csv");
    }

    /** A decision; refused, the statement page again with the problem next to the form. */
    private String decide(
            String municipality,
            UUID program,
            UUID statement,
            Model model,
            RedirectAttributes flash,
            String done,
            Decision decision)
            throws ApiException {
        try {
            decision.on(new SettlementsApi(api.client()));
            flash.addFlashAttribute("done", done);
            return "redirect:" + path(municipality, program, statement);
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 403 || e.getCode() == 401) {
                throw e;
            }
            model.addAttribute("decisionProblem", ConsoleProblem.of(e));
            return statement(municipality, program, statement, false, model);
        }
    }

    private static String path(String municipality, UUID program, UUID statement) {
        return "/console/municipalities/" + municipality + "/programs/" + program + "/statements/" + statement;
    }

    @FunctionalInterface
    private interface Decision {
        void on(SettlementsApi settlements) throws ApiException;
    }
}
