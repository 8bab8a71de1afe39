package dk.virkning.snapshot;

import dk.virkning.spi.FormulaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The frozen input of a settlement in its canonical text form, gzipped, with the SHA-256 of the text.
 * The hash goes into the statement; the gzipped bytes are stored, handed to the plugin host and
 * downloadable, so that anyone can recompute the statement and check the hash.
 *
 * <p>The text of a national cohort runs to tens of megabytes, so it is never built as one string: it
 * is written once, line by line, through the SHA-256 digest into the gzip stream. Only the gzipped
 * bytes are held (a few bytes per participant-week at most; the status letters compress well).
 */
public final class Snapshot {

    private final byte[] gzip;
    private final String sha256;

    private Snapshot(byte[] gzip, String sha256) {
        this.gzip = gzip;
        this.sha256 = sha256;
    }

    /** Writes the snapshot of a settlement input for the plugin version that will price it. */
    public static Snapshot of(FormulaContext context, PluginIdentity plugin, Map<String, Object> terms) {
        MessageDigest digest = sha256Digest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16);
                DigestOutputStream out = new DigestOutputStream(gz, digest)) {
            SnapshotWriter.write(context, plugin, terms, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(bytes.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    /** The SHA-256 (lowercase hex) of the canonical text. */
    public String sha256() {
        return sha256;
    }

    /** The canonical text, gzipped, as it is stored. */
    public byte[] gzip() {
        return gzip;
    }

    /** The canonical text itself: decompresses the stored form, so only for small snapshots and tests. */
    public String text() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
