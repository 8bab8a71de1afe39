package dk.virkning.console.municipality;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.StatusImportReport;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Register imports: upload a file (long or wide format) for a coverage; see the report, or the
 * API's refusal with every bad line in a table. The upload is streamed to the API from a temporary
 * file; with htmx the form shows progress while the import runs and only the result is swapped in.
 */
@Controller("consoleImportsController")
@RequestMapping("/console/municipalities/{municipality}/programs/{program}/imports")
class ImportsController {

    private final ConsoleApi api;

    ImportsController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/new")
    String form(@PathVariable String municipality, @PathVariable UUID program, Model model) throws ApiException {
        model.addAttribute("municipality", municipality);
        model.addAttribute("program", new ProgramsApi(api.client()).getProgram(municipality, program));
        return "console/municipality/import";
    }

    @PostMapping
    String upload(
            @PathVariable String municipality,
            @PathVariable UUID program,
            @RequestParam(defaultValue = "") String coverageFrom,
            @RequestParam(defaultValue = "") String coverageTo,
            @RequestParam(defaultValue = "") String format,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model)
            throws ApiException, IOException {
        model.addAttribute("coverageFrom", coverageFrom);
        model.addAttribute("coverageTo", coverageTo);
        model.addAttribute("format", format);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
        } else {
            File body = Files.createTempFile("virkning-import-", ".csv").toFile();
            try {
                file.transferTo(body);
                StatusImportReport report = new RegisterApi(api.client())
                        .uploadStatuses(
                                municipality,
                                program,
                                coverageFrom.trim(),
                                coverageTo.trim(),
                                body,
                                format.isBlank() ? null : format);
                model.addAttribute("report", report);
            } catch (ApiException e) {
                if (e.getCode() == 404 || e.getCode() == 403) {
                    throw e;
                }
                model.addAttribute("problem", ConsoleProblem.of(e));
            } finally {
                Files.deleteIfExists(body.toPath());
            }
        }
        if (htmx != null) {
            return "console/municipality/import :: result";
        }
        return form(municipality, program, model);
    }

    @GetMapping("/{importId}")
    String report(
            @PathVariable String municipality, @PathVariable UUID program, @PathVariable UUID importId, Model model)
            throws ApiException {
        model.addAttribute(
                "report", new RegisterApi(api.client()).getStatusImportReport(municipality, program, importId));
        return form(municipality, program, model);
    }
}
