package dk.virkning.console.casework;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.PhaseChange;
import dk.virkning.client.model.Who5Create;
import dk.virkning.client.model.Who5Measurement;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's page (filled by {@link ParticipantPage}): the current phase and a phase change,
 * and a WHO-5 measurement with its score; the other forms are {@link ParticipantFormsController}'s
 * and {@link CoursePackageController}'s. Participants are named by their
 * pseudonymous id only; no CPR number is ever in a URL.
 */
@Controller("consoleParticipantController")
@RequestMapping("/console/municipalities/{municipality}/programs/{program}/participants/{participant}")
class ParticipantController {

    private final ConsoleApi api;
    private final ParticipantPage page;

    ParticipantController(ConsoleApi api, ParticipantPage page) {
        this.api = api;
        this.page = page;
    }

    @GetMapping
    String participant(
            @PathVariable String municipality, @PathVariable UUID program, @PathVariable UUID participant, Model model)
            throws ApiException {
        return page.render(municipality, program, participant, model);
    }

    @PostMapping("/phases")
    String changePhase(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String on,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            new PhasesApi(api.client())
                    .changePhase(
                            municipality,
                            program,
                            participant,
                            new PhaseChange().phase(phase).on(date(on)));
            flash.addFlashAttribute("done", "participant.phaseChanged");
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 403) {
                throw e;
            }
            model.addAttribute("phaseProblem", ConsoleProblem.of(e));
            return participant(municipality, program, participant, model);
        }
    }

    @PostMapping("/who5")
    String who5(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @PathVariable UUID participant,
            @RequestParam(defaultValue = "") String takenOn,
            @RequestParam(name = "item", required = false) List<String> items,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        try {
            Who5Measurement measured = new WellbeingApi(api.client())
                    .recordWho5(
                            municipality,
                            program,
                            participant,
                            new Who5Create().takenOn(date(takenOn)).items(numbers(items)));
            flash.addFlashAttribute("done", "participant.who5Recorded");
            flash.addFlashAttribute("who5", measured);
            return redirect(municipality, program, participant);
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 403) {
                throw e;
            }
            model.addAttribute("who5Problem", ConsoleProblem.of(e));
            return participant(municipality, program, participant, model);
        }
    }

    private static String redirect(String municipality, UUID program, UUID participant) {
        return "redirect:/console/municipalities/" + municipality + "/programs/" + program + "/participants/"
                + participant;
    }

    /** A date as typed; anything else is left out, so that the API names the field in its refusal. */
    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Integer> numbers(List<String> items) {
        List<Integer> numbers = new ArrayList<>();
        if (items != null) {
            for (String item : items) {
                try {
                    numbers.add(Integer.valueOf(item.trim()));
                } catch (NumberFormatException e) {
                    numbers.add(-1);
                }
            }
        }
        return numbers;
    }
}
