package dk.virkning.console.provider;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.EffectGoalsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.model.EffectGoalDashboard;
import dk.virkning.client.model.Program;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Provider staff: the programs their organisation delivers in a municipality, each with its effect
 * goals (target against actual, pending apart). The API lists a provider's programs per
 * municipality only and does not tell a provider which municipalities it delivers in, so the person
 * names the municipality; no participant is listed (provider staff need none here, and every
 * participant listed would be access-logged).
 */
@Controller("consoleProviderProgramsController")
class ProviderProgramsController {

    /** A program with its dashboard, as the page shows it. */
    record Delivered(Program program, EffectGoalDashboard dashboard) {}

    private final ConsoleApi api;

    ProviderProgramsController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/provider/programs")
    String programs(@RequestParam(defaultValue = "") String municipality, Model model) throws ApiException {
        String key = municipality.trim();
        model.addAttribute("municipality", key);
        if (key.isEmpty()) {
            return "console/provider/programs";
        }
        ApiClient client = api.client();
        try {
            List<Delivered> delivered = new ArrayList<>();
            for (Program program :
                    new ProgramsApi(client).listPrograms(key, 0, 100).getItems()) {
                delivered.add(
                        new Delivered(program, new EffectGoalsApi(client).getEffectGoals(key, program.getId(), null)));
            }
            model.addAttribute("delivered", delivered);
        } catch (ApiException e) {
            if (e.getCode() == 401 || e.getCode() == 403 || e.getCode() == 0) {
                throw e;
            }
            model.addAttribute("municipalityProblem", ConsoleProblem.of(e));
        }
        return "console/provider/programs";
    }
}
