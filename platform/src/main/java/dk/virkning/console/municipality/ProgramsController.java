package dk.virkning.console.municipality;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.EffectGoalsApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.EffectGoalDashboard;
import dk.virkning.client.model.Program;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleUser;
import dk.virkning.console.web.GoalChart;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A municipality's programs, and a program's page: its effect-goal dashboard, statements and imports. */
@Controller("consoleProgramsController")
@RequestMapping("/console/municipalities/{municipality}/programs")
class ProgramsController {

    private final ConsoleApi api;

    ProgramsController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping
    String programs(@PathVariable String municipality, Model model) throws ApiException {
        model.addAttribute("municipality", municipality);
        model.addAttribute(
                "programs",
                new ProgramsApi(api.client()).listPrograms(municipality, 0, 100).getItems());
        return "console/municipality/programs";
    }

    @GetMapping("/{program}")
    String program(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @AuthenticationPrincipal OidcUser person,
            Model model)
            throws ApiException {
        ApiClient client = api.client();
        model.addAttribute("municipality", municipality);
        Program found = new ProgramsApi(client).getProgram(municipality, program);
        model.addAttribute("program", found);
        EffectGoalDashboard dashboard = new EffectGoalsApi(client).getEffectGoals(municipality, program, null);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", GoalChart.of(dashboard.getGoals()));
        if (!ConsoleUser.of(person).isAdmin()) {
            // Caseworkers see the program and its goals; statements and imports are the admin's.
            model.addAttribute("statements", List.of());
            model.addAttribute("imports", List.of());
            // Target groups and phases by the names the program's model gives them.
            model.addAttribute(
                    "intervention",
                    new PluginsApi(client)
                            .getPlugin(found.getPluginId(), found.getPluginVersion())
                            .getModel());
            model.addAttribute(
                    "participants",
                    new ParticipantsApi(client)
                            .listParticipants(municipality, program, null, null, null, null, null, 0, 100)
                            .getItems());
            return "console/municipality/program";
        }
        model.addAttribute(
                "statements",
                new SettlementsApi(client)
                        .listStatements(municipality, program, 0, 100)
                        .getItems());
        model.addAttribute(
                "imports",
                new RegisterApi(client)
                        .listStatusImports(municipality, program, 0, 20)
                        .getItems());
        return "console/municipality/program";
    }
}
