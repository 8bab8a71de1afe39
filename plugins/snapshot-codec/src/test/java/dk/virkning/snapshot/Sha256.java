package dk.virkning.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** SHA-256 of a text in lowercase hex, computed independently of the code under test. */
final class Sha256 {

    private Sha256() {}

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
