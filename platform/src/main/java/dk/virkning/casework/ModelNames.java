package dk.virkning.casework;

import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.spi.InterventionModel;
import org.springframework.stereotype.Component;

/** Display names from a program's model, for responses. */
@Component
class ModelNames {

    private final Programs programs;
    private final PluginRegistry plugins;

    ModelNames(Programs programs, PluginRegistry plugins) {
        this.programs = programs;
        this.plugins = plugins;
    }

    String phase(ProgramId program, String code) {
        return model(program).phases().stream()
                .filter(p -> p.code().equals(code))
                .map(InterventionModel.Phase::name)
                .findFirst()
                .orElse(code);
    }

    private InterventionModel model(ProgramId id) {
        var program = programs.get(CurrentUser.get(), id);
        return plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow()
                .model();
    }
}
