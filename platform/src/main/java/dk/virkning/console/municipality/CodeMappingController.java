package dk.virkning.console.municipality;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's register code mapping: which source code means which canonical weekly status. */
@Controller("consoleCodeMappingController")
@RequestMapping("/console/municipalities/{municipality}/code-mapping")
class CodeMappingController {

    private final ConsoleApi api;

    CodeMappingController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping
    String mapping(@PathVariable String municipality, Model model) throws ApiException {
        model.addAttribute("municipality", municipality);
        model.addAttribute(
                "codes",
                new RegisterApi(api.client())
                        .getRegisterCodeMapping(municipality)
                        .getCodes());
        return "console/municipality/code-mapping";
    }

    /** Maps one more source code (or maps an existing one anew); the API checks the whole mapping. */
    @PostMapping
    String map(
            @PathVariable String municipality,
            @RequestParam(defaultValue = "") String sourceCode,
            @RequestParam(defaultValue = "") String status,
            Model model,
            RedirectAttributes flash)
            throws ApiException {
        RegisterApi register = new RegisterApi(api.client());
        List<RegisterCode> codes =
                new ArrayList<>(register.getRegisterCodeMapping(municipality).getCodes());
        codes.removeIf(code -> code.getSourceCode().equals(sourceCode.trim()));
        codes.add(new RegisterCode().sourceCode(sourceCode.trim()).status(status.trim()));
        try {
            register.putRegisterCodeMapping(municipality, new RegisterCodeMapping().codes(codes));
            flash.addFlashAttribute("done", "mapping.saved");
            return "redirect:/console/municipalities/" + municipality + "/code-mapping";
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 403) {
                throw e;
            }
            model.addAttribute("mappingProblem", ConsoleProblem.of(e));
            model.addAttribute("sourceCode", sourceCode);
            model.addAttribute("status", status);
            return mapping(municipality, model);
        }
    }
}
