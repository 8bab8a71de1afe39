package dk.virkning.plugin;

import dk.virkning.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plugin versions the platform can run. Each artifact is loaded by PF4J into a manager of its
 * own, so versions of one plugin live side by side. Two sources, one loading path:
 *
 * <ul>
 *   <li>bootstrap plugins from the plugin directory, loaded at start (in demo mode the demo data
 *       installs them through the upload path instead);
 *   <li>uploaded plugins, stored in PostgreSQL and loaded on first use, so that a version uploaded
 *       on one replica is found on every other and after every restart.
 * </ul>
 *
 * Nothing is ever loaded from the classpath.
 */
@Component
public class PluginRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final PluginArtifactStore store;
    private final Path workDirectory;
    private final Map<String, PluginLoader.Loaded> loaded = new ConcurrentHashMap<>();

    PluginRegistry(
            PluginProperties properties,
            PluginArtifactStore store,
            @Value("${virkning.demo.enabled:false}") boolean demo)
            throws IOException {
        this.store = store;
        this.workDirectory = Files.createTempDirectory("virkning-plugins");
        Path directory = properties.directory().toAbsolutePath();
        if (demo) {
            // The demo installs the directory's plugins through the signed upload path instead.
            log.info("Demo mode: plugins in {} are installed by the demo data, signed with a demo key", directory);
            return;
        }
        if (!Files.isDirectory(directory)) {
            log.warn("Plugin directory {} does not exist; no bootstrap plugins", directory);
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path jar : jars) {
                try {
                    add(PluginLoader.load(jar, Sha256.hex(Files.readAllBytes(jar)), null));
                } catch (PluginLoadException e) {
                    log.warn("Bootstrap plugin {} was not loaded because {}", jar.getFileName(), e.getMessage());
                }
            }
        }
        log.info("Bootstrap plugins: {}", loaded.keySet());
    }

    /** A plugin version, if installed (from the directory or the database). */
    public Optional<InstalledPlugin> find(String id, String version) {
        PluginLoader.Loaded hit = loaded.get(key(id, version));
        if (hit != null) {
            return Optional.of(hit.plugin());
        }
        return store.find(id, version).flatMap(this::loadStored);
    }

    /** Every installed plugin version, by id and version. */
    public List<InstalledPlugin> all() {
        store.keys().forEach(k -> find(k[0], k[1]));
        return loaded.values().stream()
                .map(PluginLoader.Loaded::plugin)
                .sorted(Comparator.comparing(InstalledPlugin::id).thenComparing(InstalledPlugin::version))
                .toList();
    }

    /** Whether new programs may use the version. Bootstrap plugins are always enabled. */
    public boolean isEnabled(String id, String version) {
        return store.enabled(id, version).orElse(true);
    }

    /** Whether the id and version are taken, here or in the database. */
    boolean exists(String id, String version) {
        return loaded.containsKey(key(id, version)) || store.find(id, version).isPresent();
    }

    /** Loads a verified artifact from its bytes, not yet stored or registered. */
    PluginLoader.Loaded load(byte[] content, String sha256, java.util.UUID organisation) throws PluginLoadException {
        try {
            Path dir = Files.createDirectories(workDirectory.resolve(sha256));
            Path jar = dir.resolve("plugin.jar");
            if (!Files.exists(jar)) {
                Files.write(jar, content);
            }
            return PluginLoader.load(jar, sha256, organisation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a loaded artifact available; the caller has stored it. */
    void add(PluginLoader.Loaded plugin) {
        PluginLoader.Loaded previous =
                loaded.putIfAbsent(key(plugin.plugin().id(), plugin.plugin().version()), plugin);
        if (previous != null && previous != plugin) {
            plugin.close();
        }
    }

    private synchronized Optional<InstalledPlugin> loadStored(StoredArtifact artifact) {
        PluginLoader.Loaded hit = loaded.get(key(artifact.pluginId(), artifact.version()));
        if (hit != null) {
            return Optional.of(hit.plugin());
        }
        if (!Sha256.hex(artifact.content()).equals(artifact.sha256())) {
            log.error(
                    "Stored plugin {} {} does not match its SHA-256; not loaded",
                    artifact.pluginId(),
                    artifact.version());
            return Optional.empty();
        }
        try {
            PluginLoader.Loaded plugin = load(artifact.content(), artifact.sha256(), artifact.organisation());
            add(plugin);
            return Optional.of(plugin.plugin());
        } catch (PluginLoadException e) {
            log.error(
                    "Stored plugin {} {} could not be loaded: {}",
                    artifact.pluginId(),
                    artifact.version(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        loaded.values().forEach(PluginLoader.Loaded::close);
        loaded.clear();
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
