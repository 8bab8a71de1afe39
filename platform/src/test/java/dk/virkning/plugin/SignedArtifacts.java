package dk.virkning.plugin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Test helpers to make plugin artifacts: new versions of a real plugin jar, signed with real keys. */
public final class SignedArtifacts {

    /** The first-party NK1 artifact the build put in the plugin directory. */
    public static final Path NK1 = Path.of("target", "plugins", "sundinvest-nk1.jar");

    private SignedArtifacts() {}

    public static KeyPair ed25519() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    public static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public static String sign(KeyPair pair, byte[] artifact) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(artifact);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** NK1 with its manifest changed: values set, or removed where the value is null. */
    public static byte[] nk1With(Map<String, String> manifestChanges) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(Files.readAllBytes(NK1)))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifestChanges.forEach((k, v) -> {
                if (v == null) {
                    manifest.getMainAttributes().remove(new Attributes.Name(k));
                } else {
                    manifest.getMainAttributes().putValue(k, v);
                }
            });
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }
}
