package dk.virkning.plugin;

import dk.virkning.api.PluginsApi;
import dk.virkning.api.model.PluginAvailability;
import dk.virkning.api.model.PluginDescriptor;
import dk.virkning.api.model.PluginSummary;
import dk.virkning.api.model.SigningKey;
import dk.virkning.api.model.SigningKeyCreate;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Preconditions;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.VersionedChanges;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PluginsController implements PluginsApi {

    private final PluginRegistry registry;
    private final PluginInstaller installer;
    private final SigningKeys signingKeys;
    private final PluginModelMapper mapper;
    private final VersionedChanges versioned;

    PluginsController(
            PluginRegistry registry,
            PluginInstaller installer,
            SigningKeys signingKeys,
            PluginModelMapper mapper,
            VersionedChanges versioned) {
        this.versioned = versioned;
        this.registry = registry;
        this.installer = installer;
        this.signingKeys = signingKeys;
        this.mapper = mapper;
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<List<PluginSummary>> listPlugins() {
        return ResponseEntity.ok(registry.all().stream().map(this::summary).toList());
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<PluginDescriptor> getPlugin(String pluginId, String version) {
        InstalledPlugin plugin = registry.find(pluginId, version)
                .orElseThrow(() -> ProblemException.notFound("Plugin " + pluginId + " " + version));
        return ResponseEntity.ok()
                .eTag(availabilityEtag(
                        plugin.id(), plugin.version(), registry.isEnabled(plugin.id(), plugin.version())))
                .body(new PluginDescriptor()
                        .id(plugin.id())
                        .version(plugin.version())
                        .sha256(plugin.sha256())
                        .model(mapper.toApi(plugin.model())));
    }

    @Override
    @PreAuthorize("hasRole('PROVIDER_STAFF')")
    public ResponseEntity<PluginSummary> installPlugin(String pluginSignature, Resource body) {
        CurrentUser user = CurrentUser.get();
        OrganisationId organisation = user.organisation()
                .map(OrganisationId::new)
                .orElseThrow(() -> ProblemException.conflict("Your token names no organisation"));
        InstalledPlugin installed = installer.install(organisation, user.subject(), read(body), pluginSignature);
        return ResponseEntity.created(
                        URI.create("/api/v1/plugins/" + installed.id() + "/versions/" + installed.version()))
                .body(summary(installed));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<PluginSummary> setPluginAvailability(
            String pluginId, String version, PluginAvailability availability) {
        PluginSummary summary = versioned.change(
                "plugin-availability:" + pluginId + "/" + version,
                () -> availabilityEtag(pluginId, version, registry.isEnabled(pluginId, version)),
                false,
                () -> summary(installer.setEnabled(
                        pluginId,
                        version,
                        availability.getEnabled(),
                        CurrentUser.get().subject())));
        return ResponseEntity.ok()
                .eTag(availabilityEtag(pluginId, version, summary.getEnabled()))
                .body(summary);
    }

    /** The version of a plugin version's availability (getPlugin carries it for setPluginAvailability). */
    private static String availabilityEtag(String id, String version, boolean enabled) {
        return Preconditions.etag("availability", id, version, enabled);
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<SigningKey> registerSigningKey(UUID organisationId, SigningKeyCreate body) {
        SigningKeyRecord key = signingKeys.register(
                new OrganisationId(organisationId),
                body.getAlgorithm().getValue(),
                body.getPublicKey(),
                CurrentUser.get().subject());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(key));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<List<SigningKey>> listSigningKeys(UUID organisationId) {
        return ResponseEntity.ok(signingKeys.of(new OrganisationId(organisationId)).stream()
                .map(PluginsController::toApi)
                .toList());
    }

    private PluginSummary summary(InstalledPlugin p) {
        return new PluginSummary()
                .id(p.id())
                .version(p.version())
                .provider(p.provider())
                .description(p.description())
                .sha256(p.sha256())
                .requires(p.requires())
                .enabled(registry.isEnabled(p.id(), p.version()))
                .organisationId(p.organisation());
    }

    private static SigningKey toApi(SigningKeyRecord k) {
        return new SigningKey()
                .id(k.id())
                .organisationId(k.organisation())
                .algorithm(k.algorithm())
                .fingerprint(k.fingerprint())
                .createdAt(k.createdAt().atOffset(ZoneOffset.UTC));
    }

    private static byte[] read(Resource body) {
        if (body == null) {
            throw ArtifactVerifier.refused("invalid-artifact", "The request has no artifact");
        }
        try (InputStream in = body.getInputStream()) {
            byte[] bytes = in.readNBytes(PluginInstaller.MAX_ARTIFACT_BYTES + 1);
            return bytes;
        } catch (IOException e) {
            throw ArtifactVerifier.refused("invalid-artifact", "The artifact could not be read");
        }
    }
}
