package dk.virkning.plugin;

import dk.virkning.plugin.api.InterventionModel;
import dk.virkning.plugin.api.InterventionModelProvider;
import dk.virkning.plugin.api.ModelException;
import dk.virkning.plugin.api.PaymentFormula;
import dk.virkning.plugin.api.PluginApi;
import dk.virkning.shared.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The plugins the platform can run, loaded by PF4J from the plugin directory. First-party plugins are
 * loaded the same way as any other: from their artifacts, never from the classpath.
 */
@Component
public class PluginRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final PluginManager manager;
    private final Map<String, InstalledPlugin> installed = new ConcurrentHashMap<>();

    PluginRegistry(PluginProperties properties) {
        Path directory = properties.directory().toAbsolutePath();
        this.manager = new DefaultPluginManager(directory);
        manager.setSystemVersion(PluginApi.VERSION);
        if (Files.isDirectory(directory)) {
            manager.loadPlugins();
            manager.startPlugins();
        } else {
            log.warn("Plugin directory {} does not exist; no plugins are installed", directory);
        }
        for (PluginWrapper wrapper : manager.getPlugins()) {
            if (wrapper.getPluginState() != PluginState.STARTED) {
                log.warn(
                        "Plugin {} was not started ({}): {}",
                        wrapper.getPluginId(),
                        wrapper.getPluginState(),
                        wrapper.getFailedException() == null
                                ? "unresolved"
                                : wrapper.getFailedException().getMessage());
                continue;
            }
            describe(wrapper).ifPresent(p -> installed.put(key(p.id(), p.version()), p));
        }
        log.info("Installed plugins: {}", installed.keySet());
    }

    private Optional<InstalledPlugin> describe(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        List<PaymentFormula> formulas = manager.getExtensions(PaymentFormula.class, id);
        List<InterventionModelProvider> models = manager.getExtensions(InterventionModelProvider.class, id);
        if (formulas.size() != 1 || models.size() != 1) {
            log.warn("Plugin {} must have exactly one payment formula and one intervention model; ignored", id);
            return Optional.empty();
        }
        try {
            InterventionModel model = models.get(0).describe();
            var descriptor = wrapper.getDescriptor();
            return Optional.of(new InstalledPlugin(
                    id,
                    descriptor.getVersion(),
                    descriptor.getProvider(),
                    descriptor.getPluginDescription(),
                    sha256(wrapper.getPluginPath()),
                    model,
                    formulas.get(0)));
        } catch (ModelException | RuntimeException | IOException e) {
            log.warn("Plugin {} could not describe itself; ignored: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    /** A plugin version, if installed. */
    public Optional<InstalledPlugin> find(String id, String version) {
        return Optional.ofNullable(installed.get(key(id, version)));
    }

    /** Every installed plugin version, by id and version. */
    public List<InstalledPlugin> all() {
        return installed.values().stream()
                .sorted(Comparator.comparing(InstalledPlugin::id).thenComparing(InstalledPlugin::version))
                .toList();
    }

    @Override
    public void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    private static String sha256(Path artifact) throws IOException {
        return Sha256.hex(Files.readAllBytes(artifact));
    }
}
