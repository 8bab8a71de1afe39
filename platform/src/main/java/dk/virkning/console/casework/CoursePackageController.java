package dk.virkning.console.casework;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.model.CoursePackageChoice;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Copenhagen's guidance packages on the participant page: choosing the package and its course (a
 * choice other than the plugin's recommendation needs a reason, which the API enforces) and
 * recording the course's completion.
 */
@Controller("consoleCoursePackageController")
@RequestMapping("/console/municipalities/{municipality}/programs/{program}/participants/{participant}/course-package")
class CoursePackageController {

    private final ConsoleApi api;
    private final ParticipantPage page;

    CoursePackageController(ConsoleApi api, ParticipantPage page) {
        this.api = api;
        this.page = page;
    }

    @PostMapping
    String choose(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(defaultValue = "") String packageCode,
            @RequestParam(defaultValue = "") String courseCode,
            @RequestParam(defaultValue = "") String startedOn,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new CoursePackagesApi(api.client())
                    .chooseCoursePackage(
                            municipality,
                            program,
                            participant,
                            new CoursePackageChoice()
                                    .packageCode(packageCode.isBlank() ? null : packageCode)
                                    .courseCode(courseCode.isBlank() ? null : courseCode)
                                    .startedOn(PlanForm.date(startedOn))
                                    .reason(reason.isBlank() ? null : reason.trim()));
            flash.addFlashAttribute("done", "package.chosen.done");
            return ParticipantFormsController.redirect(municipality, program, participant);
        } catch (ApiException e) {
            model.addAttribute("chosenReason", reason);
            return refused(e, "packageProblem", municipality, program, participant, model);
        }
    }

    @PostMapping("/completion")
    String complete(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(defaultValue = "") String on,
            @RequestParam String idempotencyKey,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new CoursePackagesApi(api.client())
                    .completeCoursePackage(
                            municipality,
                            program,
                            participant,
                            ParticipantFormsController.completion(on, ""),
                            ParticipantFormsController.key(idempotencyKey));
            flash.addFlashAttribute("done", "package.completed");
            return ParticipantFormsController.redirect(municipality, program, participant);
        } catch (ApiException e) {
            return refused(e, "packageCompletionProblem", municipality, program, participant, model);
        }
    }

    private String refused(
            ApiException e, String attribute, String municipality, UUID program, UUID participant, Model model)
            throws ApiException {
        if (e.getCode() == 404 || e.getCode() == 403 || e.getCode() == 401 || e.getCode() == 0) {
            throw e;
        }
        model.addAttribute(attribute, ConsoleProblem.of(e));
        return page.render(municipality, program, participant, model);
    }
}
