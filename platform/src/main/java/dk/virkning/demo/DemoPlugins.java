package dk.virkning.demo;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.plugin.PluginInstaller;
import dk.virkning.plugin.PluginProperties;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.plugin.SigningKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.jar.JarInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Installs the first-party plugins of the plugin directory the way a provider would: each signed
 * with a demo key registered for its provider, then uploaded through {@link PluginInstaller}. The
 * private key lives only while seeding.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoPlugins {

    private static final Logger log = LoggerFactory.getLogger(DemoPlugins.class);

    /** Which provider signs which first-party plugin. */
    private static final Map<String, DemoOrganisation> PROVIDERS = Map.of(
            "sundinvest-nk1", DemoOrganisation.SUNDINVEST,
            "marselisborg-jobcoach", DemoOrganisation.MARSELISBORG,
            "dsi-mental-health-team", DemoOrganisation.HOLBAEK_TEAM,
            "copenhagen-course-packages", DemoOrganisation.KOEBENHAVN_BIF);

    private final PluginProperties properties;
    private final SigningKeys signingKeys;
    private final PluginInstaller installer;
    private final PluginRegistry registry;

    DemoPlugins(
            PluginProperties properties, SigningKeys signingKeys, PluginInstaller installer, PluginRegistry registry) {
        this.registry = registry;
        this.properties = properties;
        this.signingKeys = signingKeys;
        this.installer = installer;
    }

    void install() {
        Path directory = properties.directory();
        if (!Files.isDirectory(directory)) {
            log.warn("Plugin directory {} does not exist; the demo installs no plugins", directory.toAbsolutePath());
            return;
        }
        Map<DemoOrganisation, KeyPair> keys = new EnumMap<>(DemoOrganisation.class);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path jar : jars) {
                byte[] artifact = Files.readAllBytes(jar);
                String id = manifest(artifact, "Plugin-Id");
                DemoOrganisation provider = PROVIDERS.get(id);
                if (provider != null
                        && registry.find(id, manifest(artifact, "Plugin-Version"))
                                .isPresent()) {
                    continue; // installed by an earlier start (or an earlier attempt of this one)
                }
                if (provider == null) {
                    log.warn("{} is not a first-party plugin; the demo does not install it", jar.getFileName());
                    continue;
                }
                KeyPair key = keys.computeIfAbsent(provider, this::registerDemoKey);
                installer.install(new OrganisationId(provider.id()), "demo-seeder", artifact, sign(key, artifact));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh Ed25519 key for the provider, its public half registered like any provider key. */
    private KeyPair registerDemoKey(DemoOrganisation provider) {
        try {
            KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            signingKeys.register(
                    new OrganisationId(provider.id()),
                    "Ed25519",
                    Base64.getEncoder().encodeToString(key.getPublic().getEncoded()),
                    "demo-seeder");
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is in every JDK 15+", e);
        }
    }

    private static String manifest(byte[] artifact, String attribute) throws IOException {
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(artifact))) {
            String value = jar.getManifest() == null
                    ? null
                    : jar.getManifest().getMainAttributes().getValue(attribute);
            return value == null ? "" : value;
        }
    }

    private static String sign(KeyPair key, byte[] artifact) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(artifact);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a fresh Ed25519 key cannot fail", e);
        }
    }
}
