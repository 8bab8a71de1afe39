package dk.virkning.console.provider;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.model.PluginSummary;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Provider staff: their plugins with versions and availability, and uploading a signed version. */
@Controller("consolePluginsController")
@RequestMapping("/console/provider/plugins")
class PluginsController {

    private final ConsoleApi api;

    PluginsController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping
    String plugins(Model model) throws ApiException {
        model.addAttribute(
                "plugins",
                new PluginsApi(api.client())
                        .listPlugins().stream()
                                .sorted(Comparator.comparing(PluginSummary::getId)
                                        .thenComparing(PluginSummary::getVersion))
                                .toList());
        return "console/provider/plugins";
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String signature,
            Model model,
            RedirectAttributes flash)
            throws ApiException, IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return plugins(model);
        }
        File body = Files.createTempFile("virkning-plugin-", ".jar").toFile();
        try {
            file.transferTo(body);
            PluginSummary installed = new PluginsApi(api.client()).installPlugin(signature.trim(), body);
            flash.addFlashAttribute("done", "plugins.installed");
            flash.addFlashAttribute("installed", installed);
            return "redirect:/console/provider/plugins";
        } catch (ApiException e) {
            model.addAttribute("uploadProblem", ConsoleProblem.of(e));
            return plugins(model);
        } finally {
            Files.deleteIfExists(body.toPath());
        }
    }
}
