package dk.virkning.plugin;

import dk.virkning.shared.ProblemException;
import dk.virkning.spi.PluginApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.pf4j.DefaultVersionManager;

/**
 * Checks an uploaded artifact before anything is loaded: that a key of the uploading organisation
 * signed exactly these bytes, that it is a PF4J plugin, and that its {@code Plugin-Requires} admits
 * this platform's plugin API.
 */
final class ArtifactVerifier {

    /** What the manifest says. */
    /** What a plugin's manifest says; provider and description are empty when not given. */
    record Descriptor(String id, String version, String requires, String provider, String description) {}

    private ArtifactVerifier() {}

    /** The fingerprint of the key whose signature verifies, or a 422 problem. */
    static String verifySignature(byte[] artifact, byte[] signature, List<SigningKeyRecord> keys) {
        if (signature.length == 0) {
            throw refused("unsigned", "The artifact is not signed");
        }
        for (SigningKeyRecord key : keys) {
            if (verifies(key, artifact, signature)) {
                return key.fingerprint();
            }
        }
        throw refused(
                "signature-invalid",
                "The signature does not verify with any signing key registered for your organisation: the artifact"
                        + " was changed, or signed with another key");
    }

    static Descriptor describe(byte[] artifact) {
        Manifest manifest;
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(artifact))) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw refused("not-a-plugin", "The artifact is not a jar");
        }
        if (manifest == null) {
            throw refused("not-a-plugin", "The artifact has no manifest: it is not a PF4J plugin");
        }
        Attributes a = manifest.getMainAttributes();
        String id = a.getValue("Plugin-Id");
        String version = a.getValue("Plugin-Version");
        String requires = Optional.ofNullable(a.getValue("Plugin-Requires")).orElse("*");
        if (id == null || version == null || !id.matches("[a-z0-9][a-z0-9-]{1,99}")) {
            throw refused(
                    "not-a-plugin", "The manifest has no valid Plugin-Id and Plugin-Version: it is not a PF4J plugin");
        }
        if (!version.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?")) {
            throw refused("not-a-plugin", "Plugin-Version " + version + " is not a semantic version");
        }
        boolean compatible;
        try {
            compatible = new DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, requires);
        } catch (RuntimeException e) {
            compatible = false;
        }
        if (!compatible) {
            throw refused(
                    "incompatible-plugin-api",
                    "The plugin requires plugin API " + requires + ", but this platform offers " + PluginApi.VERSION);
        }
        return new Descriptor(
                id,
                version,
                requires,
                Optional.ofNullable(a.getValue("Plugin-Provider")).orElse(""),
                Optional.ofNullable(a.getValue("Plugin-Description")).orElse(""));
    }

    private static boolean verifies(SigningKeyRecord key, byte[] artifact, byte[] signature) {
        try {
            Signature verifier =
                    Signature.getInstance("RSA".equals(key.algorithm()) ? "SHA256withRSA" : key.algorithm());
            verifier.initVerify(SigningKeys.publicKey(key.algorithm(), key.publicKey()));
            verifier.update(artifact);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static ProblemException refused(String slug, String detail) {
        return ProblemException.unprocessable(slug, detail + "; nothing was installed", List.of());
    }
}
