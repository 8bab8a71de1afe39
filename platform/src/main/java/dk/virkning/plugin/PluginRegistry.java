package dk.virkning.plugin;

import dk.virkning.pluginhost.Wire;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * Nothing is ever loaded from the classpath, and no plugin code runs in the platform: a plugin host
 * process loads the artifact and describes it.
 */
@Component
public class PluginRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final PluginArtifactStore store;
    private final HostPool hosts;
    private final Path workDirectory;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    /** A described plugin version and the artifact file its hosts run. */
    record Loaded(InstalledPlugin plugin, Path artifact) {}

    PluginRegistry(
            PluginProperties properties,
            PluginArtifactStore store,
            HostPool hosts,
            @Value("${virkning.demo.enabled:false}") boolean demo)
            throws IOException {
        this.store = store;
        this.hosts = hosts;
        // Readable by the sandbox's unprivileged user, which reads the artifacts through read-only binds.
        this.workDirectory = Files.createTempDirectory(
                "virkning-plugins", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        workDirectory.toFile().deleteOnExit();
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
                byte[] content = Files.readAllBytes(jar);
                try {
                    add(load(content, Sha256.hex(content), null));
                } catch (PluginCallException e) {
                    log.warn("Bootstrap plugin {} was not loaded because it {}", jar.getFileName(), e.getMessage());
                } catch (ProblemException e) {
                    log.warn("Bootstrap plugin {} was not loaded: {}", jar.getFileName(), e.getMessage());
                }
            }
        }
        log.info("Bootstrap plugins: {}", loaded.keySet());
    }

    /** A plugin version, if installed (from the directory or the database). */
    public Optional<InstalledPlugin> find(String id, String version) {
        Loaded hit = loaded.get(key(id, version));
        if (hit != null) {
            return Optional.of(hit.plugin());
        }
        return store.find(id, version).flatMap(this::loadStored);
    }

    /** The artifact file the hosts of an installed version run. */
    Path artifact(InstalledPlugin plugin) {
        Loaded hit = loaded.get(key(plugin.id(), plugin.version()));
        if (hit == null || !hit.plugin().sha256().equals(plugin.sha256())) {
            throw new IllegalStateException("plugin " + plugin.id() + " " + plugin.version() + " is not loaded");
        }
        return hit.artifact();
    }

    /** Every installed plugin version, by id and version. */
    public List<InstalledPlugin> all() {
        store.keys().forEach(k -> find(k[0], k[1]));
        return loaded.values().stream()
                .map(Loaded::plugin)
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

    /**
     * Describes a verified artifact from its bytes in a plugin host, not yet stored or registered: its
     * manifest says who it claims to be, its host what it is.
     *
     * @throws PluginCallException when the host cannot load or describe it
     */
    Loaded load(byte[] content, String sha256, UUID organisation) throws PluginCallException {
        Path jar = workDirectory.resolve(sha256 + ".jar");
        try {
            if (!Files.exists(jar)) {
                Path part = Files.createTempFile(workDirectory, sha256, ".part");
                Files.write(part, content);
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArtifactVerifier.Descriptor manifest = ArtifactVerifier.describe(content);
        // The manifest's id names the call in the metrics: the artifact's signature, by a provider's
        // registered key, was verified before (or it came from the operator's plugin directory).
        Wire.Description d = hosts.call(
                manifest.id(),
                jar,
                organisation == null,
                Wire.DESCRIBE,
                new byte[0],
                hosts.json().constructType(Wire.Description.class));
        String id = d.pluginId();
        if (!id.equals(manifest.id()) || !manifest.version().equals(d.version())) {
            throw new PluginCallException(
                    PluginCallException.Kind.UNLOADABLE, "its host loaded another plugin than its manifest names");
        }
        if (!id.equals(d.formulaId())
                || !id.equals(d.modelId())
                || (d.evaluatorId() != null && !id.equals(d.evaluatorId()))
                || (d.recommenderId() != null && !id.equals(d.recommenderId()))) {
            throw new PluginCallException(
                    PluginCallException.Kind.UNLOADABLE, "its extensions' id() must equal its Plugin-Id " + id);
        }
        if (d.model() == null) {
            throw new PluginCallException(PluginCallException.Kind.UNLOADABLE, "it describes no intervention model");
        }
        return new Loaded(
                new InstalledPlugin(
                        id,
                        d.version(),
                        PluginText.clip(manifest.provider(), 200),
                        PluginText.clip(manifest.description(), 1000),
                        sha256,
                        d.model(),
                        manifest.requires(),
                        organisation,
                        d.evaluatorId() != null,
                        d.recommenderId() != null),
                jar);
    }

    /** Makes a loaded artifact available; the caller has stored it. */
    void add(Loaded plugin) {
        loaded.putIfAbsent(key(plugin.plugin().id(), plugin.plugin().version()), plugin);
    }

    private synchronized Optional<InstalledPlugin> loadStored(StoredArtifact artifact) {
        Loaded hit = loaded.get(key(artifact.pluginId(), artifact.version()));
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
            Loaded plugin = load(artifact.content(), artifact.sha256(), artifact.organisation());
            add(plugin);
            return Optional.of(plugin.plugin());
        } catch (PluginCallException | ProblemException e) {
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
        loaded.clear();
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
