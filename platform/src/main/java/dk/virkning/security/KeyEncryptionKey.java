package dk.virkning.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key the signing keys are encrypted under: SHA-256 of the configured secret, or of a
 * local secret generated beside the embedded database's data (like the pseudonym key).
 */
final class KeyEncryptionKey {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final Path LOCAL_KEY = Path.of(".virkning-data", "signing-keys.key");

    private KeyEncryptionKey() {}

    static SecretKey from(String configured) {
        String secret = configured == null || configured.isBlank() ? localSecret() : configured;
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(key, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JVM", e);
        }
    }

    private static String localSecret() {
        try {
            if (!Files.exists(LOCAL_KEY)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(LOCAL_KEY.getParent());
                Files.writeString(LOCAL_KEY, HexFormat.of().formatHex(key));
                log.warn(
                        "Generated a local key-encryption key for the signing keys in {}; set"
                                + " VIRKNING_AUTH_EMBEDDED_KEY_ENCRYPTION_KEY outside local use",
                        LOCAL_KEY.toAbsolutePath());
            }
            return Files.readString(LOCAL_KEY).strip();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No key-encryption key for the signing keys is configured, and the local"
                            + " one cannot be read or created at " + LOCAL_KEY.toAbsolutePath() + " ("
                            + e.getClass().getSimpleName()
                            + "). Set VIRKNING_AUTH_EMBEDDED_KEY_ENCRYPTION_KEY (in a cluster from a Secret, the same on every"
                            + " replica).",
                    e);
        }
    }
}
