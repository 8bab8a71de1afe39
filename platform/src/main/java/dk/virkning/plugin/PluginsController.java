package dk.virkning.plugin;

import dk.virkning.api.PluginsApi;
import dk.virkning.api.model.PluginDescriptor;
import dk.virkning.api.model.PluginSummary;
import dk.virkning.shared.ProblemException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PluginsController implements PluginsApi {

    private final PluginRegistry registry;
    private final PluginModelMapper mapper;

    PluginsController(PluginRegistry registry, PluginModelMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<List<PluginSummary>> listPlugins() {
        return ResponseEntity.ok(registry.all().stream()
                .map(p -> new PluginSummary()
                        .id(p.id())
                        .version(p.version())
                        .provider(p.provider())
                        .description(p.description())
                        .sha256(p.sha256()))
                .toList());
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<PluginDescriptor> getPlugin(String pluginId, String version) {
        InstalledPlugin plugin = registry.find(pluginId, version)
                .orElseThrow(() -> ProblemException.notFound("Plugin " + pluginId + " " + version));
        return ResponseEntity.ok(new PluginDescriptor()
                .id(plugin.id())
                .version(plugin.version())
                .sha256(plugin.sha256())
                .model(mapper.toApi(plugin.model())));
    }
}
