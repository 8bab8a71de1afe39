package dk.virkning.participant;

import dk.virkning.database.LocalPseudonymKey;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a CPR number into a keyed pseudonym: HMAC-SHA256 under a per-municipality key, itself an
 * HMAC of the municipality id under the master secret. The CPR number is never stored or logged; the
 * same citizen gets different pseudonyms in different municipalities.
 */
@Component
public class Pseudonymizer {

    private static final Logger log = LoggerFactory.getLogger(Pseudonymizer.class);
    private static final Path LOCAL_KEY = Path.of(".virkning-data", "pseudonym.key");

    private final byte[] master;

    Pseudonymizer(PseudonymProperties properties, Optional<LocalPseudonymKey> embeddedKey) throws IOException {
        String secret = properties.secret();
        if (secret != null && !secret.isBlank()) {
            this.master = secret.getBytes(StandardCharsets.UTF_8);
        } else {
            // With the embedded database the key lives beside its data; otherwise in the working directory.
            this.master = embeddedKey.isPresent() ? embeddedKey.get().key() : localKey();
        }
    }

    /**
     * The pseudonym of a CPR number in a municipality.
     *
     * @throws ProblemException (400) when the text is not a CPR number
     */
    public Pseudonym pseudonymise(String municipality, String cpr) {
        String digits = normalise(cpr);
        byte[] tenantKey = hmac(master, "municipality:" + municipality);
        return new Pseudonym(HexFormat.of().formatHex(hmac(tenantKey, digits)));
    }

    /** Whether the text is a CPR number: ten digits, optionally with a hyphen after the sixth. */
    public static boolean isCpr(String text) {
        return text != null && text.matches("\\d{6}-?\\d{4}");
    }

    private static String normalise(String cpr) {
        if (!isCpr(cpr)) {
            throw new ProblemException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "invalid-cpr",
                    "Not a CPR number",
                    List.of(ProblemError.field("cpr", "must be 10 digits, optionally DDMMYY-XXXX")));
        }
        return cpr.replace("-", "");
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JVM", e);
        }
    }

    private static byte[] localKey() throws IOException {
        if (!Files.exists(LOCAL_KEY)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(LOCAL_KEY.getParent());
            Files.writeString(LOCAL_KEY, HexFormat.of().formatHex(key));
            log.warn(
                    "No virkning.pseudonym.secret set: generated a local key in {}. Set the secret in production.",
                    LOCAL_KEY.toAbsolutePath());
        }
        return HexFormat.of().parseHex(Files.readString(LOCAL_KEY).trim());
    }
}
