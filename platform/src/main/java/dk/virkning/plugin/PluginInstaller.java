package dk.virkning.plugin;

import dk.virkning.audit.AuditLog;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Installs a provider's plugin version: verify, load, store, register. A refused artifact leaves
 * nothing behind; an installed one is in PostgreSQL before any program can pin it.
 */
@Service
public class PluginInstaller {

    static final int MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;

    private final PluginRegistry registry;
    private final PluginArtifactStore store;
    private final SigningKeys signingKeys;
    private final AuditLog audit;
    private final Clock clock;

    PluginInstaller(
            PluginRegistry registry, PluginArtifactStore store, SigningKeys signingKeys, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.signingKeys = signingKeys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InstalledPlugin install(OrganisationId uploader, String actor, byte[] artifact, String signatureBase64) {
        if (artifact.length == 0 || artifact.length > MAX_ARTIFACT_BYTES) {
            throw ArtifactVerifier.refused("invalid-artifact", "The artifact is empty or larger than 50 MB");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64 == null ? "" : signatureBase64.trim());
        } catch (IllegalArgumentException e) {
            throw ArtifactVerifier.refused("unsigned", "The Plugin-Signature header is not base64");
        }
        String fingerprint = ArtifactVerifier.verifySignature(artifact, signature, signingKeys.of(uploader));
        ArtifactVerifier.Descriptor descriptor = ArtifactVerifier.describe(artifact);
        UploadGate.check(descriptor.id(), descriptor.version(), artifact);
        if (registry.exists(descriptor.id(), descriptor.version())) {
            throw ProblemException.conflict("Plugin " + descriptor.id() + " " + descriptor.version()
                    + " is installed already; a changed plugin needs a new version");
        }
        String sha256 = Sha256.hex(artifact);
        PluginRegistry.Loaded loaded;
        try {
            loaded = registry.load(artifact, sha256, uploader.value());
        } catch (PluginCallException e) {
            if (e.kind() == PluginCallException.Kind.NOT_ALLOWED) {
                throw ArtifactVerifier.refused(
                        "sandbox-unavailable",
                        "This server has no plugin sandbox and does not allow unsandboxed plugin hosts, so it takes"
                                + " no uploaded plugins");
            }
            throw ArtifactVerifier.refused("plugin-unloadable", "The plugin could not be loaded: it " + e.getMessage());
        }
        store.insert(new StoredArtifact(
                descriptor.id(),
                descriptor.version(),
                uploader.value(),
                sha256,
                artifact,
                signature,
                fingerprint,
                descriptor.requires(),
                true,
                clock.instant(),
                actor));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    registry.add(loaded);
                }
            }
        });
        audit.record(actor, "INSTALL", "plugin", descriptor.id() + "@" + descriptor.version(), "sha256 " + sha256);
        return loaded.plugin();
    }

    /** Enables or disables an uploaded version for new programs; it stays loaded for pinned programs. */
    @Transactional
    public InstalledPlugin setEnabled(String id, String version, boolean enabled, String actor) {
        InstalledPlugin plugin =
                registry.find(id, version).orElseThrow(() -> ProblemException.notFound("Plugin " + id + " " + version));
        if (plugin.bootstrap()) {
            throw ProblemException.conflict("Plugin " + id + " " + version + " comes with the deployment (the plugin"
                    + " directory); remove it there instead");
        }
        store.setEnabled(id, version, enabled);
        audit.record(actor, enabled ? "ENABLE" : "DISABLE", "plugin", id + "@" + version, null);
        return plugin;
    }
}
