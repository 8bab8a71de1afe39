package dk.virkning.console.casework;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.model.ActionPlan;
import dk.virkning.client.model.InterventionModel;
import dk.virkning.client.model.Program;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills a participant's page from the API: the participant, phases, team, the action plan,
 * activities, follow-ups, the model's team roles and, for a model with guidance packages
 * (Copenhagen), the recommended package and the choice. Every form of the page renders it again
 * with its problem when the API refuses.
 */
@Component("consoleParticipantPage")
class ParticipantPage {

    static final String VIEW = "console/casework/participant";

    private final ConsoleApi api;

    ParticipantPage(ConsoleApi api) {
        this.api = api;
    }

    String render(String municipality, UUID programId, UUID participant, Model model) throws ApiException {
        ApiClient client = api.client();
        Program program = new ProgramsApi(client).getProgram(municipality, programId);
        InterventionModel intervention = new PluginsApi(client)
                .getPlugin(program.getPluginId(), program.getPluginVersion())
                .getModel();
        model.addAttribute("municipality", municipality);
        model.addAttribute("program", program);
        model.addAttribute("intervention", intervention);
        ParticipantsApi participants = new ParticipantsApi(client);
        model.addAttribute("participant", participants.getParticipant(municipality, programId, participant));
        model.addAttribute(
                "timeline",
                participants
                        .getTimeline(municipality, programId, participant, 0, 100)
                        .getItems());
        model.addAttribute("phases", new PhasesApi(client).listPhases(municipality, programId, participant));
        model.addAttribute("team", new TeamApi(client).listTeam(municipality, programId, participant));
        ActivitiesApi activities = new ActivitiesApi(client);
        model.addAttribute("activities", activities.listActivities(municipality, programId, participant));
        model.addAttribute("followUps", activities.listFollowUps(municipality, programId, participant));
        List<ActionPlan> plans = new ActionPlansApi(client).listActionPlans(municipality, programId, participant);
        model.addAttribute("plan", plans.isEmpty() ? null : plans.get(0));
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.of(plans.isEmpty() ? null : plans.get(0)));
        }
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        boolean packages = intervention.getGuidancePackages() != null
                && !intervention.getGuidancePackages().isEmpty();
        model.addAttribute("hasPackages", packages);
        if (packages) {
            coursePackage(client, municipality, programId, participant, model);
            model.addAttribute("courses", courses(program));
        }
        return VIEW;
    }

    private static void coursePackage(
            ApiClient client, String municipality, UUID program, UUID participant, Model model) throws ApiException {
        try {
            model.addAttribute(
                    "coursePackage",
                    new CoursePackagesApi(client).getCoursePackage(municipality, program, participant));
        } catch (ApiException e) {
            if (e.getCode() != 409 && e.getCode() != 422) {
                throw e;
            }
            // No recommendation from these referral facts: the API's reason is shown instead.
            model.addAttribute("coursePackageUnavailable", ConsoleProblem.of(e));
        }
    }

    /** The courses the program's price list names, so that a choice is made from known codes. */
    private static List<String> courses(Program program) {
        Object prices = program.getTerms() == null ? null : program.getTerms().get("priceList");
        if (prices instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).sorted().toList();
        }
        return List.of();
    }
}
