package dk.virkning.console.casework;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.model.Completion;
import dk.virkning.client.model.TeamAssignmentCreate;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant page's casework forms: writing a new version of the action plan, completing an
 * activity or a follow-up, and assigning a team member in one of the model's roles. A refusal
 * renders the page again with the API's problem beside the form (and its fields); nothing is
 * written.
 */
@Controller("consoleParticipantFormsController")
@RequestMapping("/console/municipalities/{municipality}/programs/{program}/participants/{participant}")
class ParticipantFormsController {

    private final ConsoleApi api;
    private final ParticipantPage page;

    ParticipantFormsController(ConsoleApi api, ParticipantPage page) {
        this.api = api;
        this.page = page;
    }

    @PostMapping("/action-plan")
    String revisePlan(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(name = "barrier", required = false) List<String> barriers,
            @RequestParam(defaultValue = "") String madeOn,
            @RequestParam(name = "stepDescription", required = false) List<String> descriptions,
            @RequestParam(name = "stepBarrier", required = false) List<String> stepBarriers,
            @RequestParam(name = "stepDue", required = false) List<String> dues,
            @RequestParam String idempotencyKey,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        PlanForm form =
                PlanForm.typed(orEmpty(barriers), madeOn, orEmpty(descriptions), orEmpty(stepBarriers), orEmpty(dues));
        try {
            new ActionPlansApi(api.client())
                    .reviseActionPlan(municipality, program, participant, form.toCreate(), key(idempotencyKey));
            flash.addFlashAttribute("done", "plan.saved");
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            model.addAttribute("planForm", form);
            return refused(e, "planProblem", municipality, program, participant, model);
        }
    }

    @PostMapping("/activities/{activity}/completion")
    String completeActivity(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @PathVariable UUID activity,
            @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new ActivitiesApi(api.client())
                    .completeActivity(municipality, program, participant, activity, completion(on, note));
            flash.addFlashAttribute("done", "activity.completed");
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            model.addAttribute("problemFor", activity);
            return refused(e, "activityProblem", municipality, program, participant, model);
        }
    }

    @PostMapping("/follow-ups/{followUp}/completion")
    String completeFollowUp(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @PathVariable UUID followUp,
            @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new ActivitiesApi(api.client())
                    .completeFollowUp(municipality, program, participant, followUp, completion(on, note));
            flash.addFlashAttribute("done", "followUp.completed");
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            model.addAttribute("problemFor", followUp);
            return refused(e, "followUpProblem", municipality, program, participant, model);
        }
    }

    @PostMapping("/team")
    String assign(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String from,
            @RequestParam String idempotencyKey,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new TeamApi(api.client())
                    .assignTeamMember(
                            municipality,
                            program,
                            participant,
                            new TeamAssignmentCreate()
                                    .role(role.isBlank() ? null : role)
                                    .member(member.isBlank() ? null : member.trim())
                                    .from(PlanForm.date(from)),
                            key(idempotencyKey));
            flash.addFlashAttribute("done", "team.assigned");
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            return refused(e, "teamProblem", municipality, program, participant, model);
        }
    }

    /** A refusal of the form's content is shown on the page; a missing or foreign one is not a form's. */
    private String refused(
            ApiException e, String attribute, String municipality, UUID program, UUID participant, Model model)
            throws ApiException {
        if (e.getCode() == 404 || e.getCode() == 403 || e.getCode() == 401 || e.getCode() == 0) {
            throw e;
        }
        model.addAttribute(attribute, ConsoleProblem.of(e));
        return page.render(municipality, program, participant, model);
    }

    static Completion completion(String on, String note) {
        return new Completion().on(PlanForm.date(on)).note(note.isBlank() ? null : note.trim());
    }

    /** The form's own key: a double submit writes once. */
    static Map<String, String> key(String idempotencyKey) {
        return Map.of("Idempotency-Key", idempotencyKey);
    }

    static String redirect(String municipality, UUID program, UUID participant) {
        return "redirect:/console/municipalities/" + municipality + "/programs/" + program + "/participants/"
                + participant;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
