package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.shared.Sha256;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The frozen input of a settlement in a canonical text form. Its SHA-256 goes into the statement, and
 * the text itself is kept (gzipped), so that anyone can recompute the statement and check the hash.
 *
 * <p>Format {@code virkning-settlement-input/1}: one header line per fact, then one line per
 * participant with one letter per week from the start week: see {@link #LETTERS}. Format {@code /2}
 * adds, after a participant's line, one {@code event} line per lifecycle event and one {@code
 * measurement} line per measurement, in the order the formula gets them; it is written only when some
 * participant has any, so that a program without them keeps format 1's bytes and hashes.
 *
 * <p>The text of a national cohort runs to tens of megabytes, so it is never built as one string:
 * it is written once, line by line, through the SHA-256 digest into the gzip stream. Only the gzipped
 * bytes are held (a few bytes per participant-week at most; the letters compress well).
 */
final class InputSnapshot {

    /** One letter per canonical status, in {@link WeeklyStatus} order. */
    static final String LETTERS = "SDJRAKFVPEO?";

    static final String FORMAT = "virkning-settlement-input/1";

    static final String FORMAT_1 = FORMAT;

    static final String FORMAT_2 = "virkning-settlement-input/2";

    private static final byte[] LETTER_BYTES = LETTERS.getBytes(StandardCharsets.US_ASCII);

    private final byte[] gzip;
    private final String sha256;

    private InputSnapshot(byte[] gzip, String sha256) {
        this.gzip = gzip;
        this.sha256 = sha256;
    }

    static InputSnapshot of(FormulaContext context, InstalledPlugin plugin, Map<String, Object> terms) {
        MessageDigest digest = Sha256.digest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16);
                DigestOutputStream out = new DigestOutputStream(gz, digest)) {
            write(context, plugin, terms, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputSnapshot(bytes.toByteArray(), Sha256.hex(digest));
    }

    /** The canonical text, written to {@code out} as UTF-8 without buffering it whole. */
    static void write(FormulaContext context, InstalledPlugin plugin, Map<String, Object> terms, OutputStream out)
            throws IOException {
        Lines lines = new Lines(out);
        boolean extended = context.participants().stream()
                .anyMatch(p -> !p.events().isEmpty() || !p.measurements().isEmpty());
        lines.text(extended ? FORMAT_2 : FORMAT_1).newline();
        lines.text("program ").text(context.programId()).newline();
        lines.text("plugin ")
                .text(plugin.id())
                .text(" ")
                .text(plugin.version())
                .text(" ")
                .text(plugin.sha256())
                .newline();
        lines.text("period ")
                .text(context.period().firstDay().toString())
                .text(" ")
                .text(context.period().lastDay().toString())
                .text(" horizon ")
                .text(context.period().horizon().toString())
                .newline();
        lines.text("terms ").text(CanonicalJson.write(terms)).newline();
        for (ParticipantInput p : context.participants()) {
            lines.text("participant ")
                    .text(p.participantId())
                    .text(" ")
                    .text(p.targetGroup())
                    .text(" ")
                    .text(p.startWeek().toString())
                    .text(" ")
                    .text(referral(p.referral()))
                    .text(" ")
                    .statuses(p.statuses())
                    .newline();
            for (LifecycleEvent e : p.events()) {
                lines.text("event ")
                        .text(e.type())
                        .text(" ")
                        .text(e.date().toString())
                        .text(" ")
                        .text(escape(e.detail()))
                        .newline();
            }
            for (Measurement m : p.measurements()) {
                lines.text("measurement ")
                        .text(m.instrument())
                        .text(" ")
                        .text(m.date().toString())
                        .text(" ")
                        .text(Integer.toString(m.score()))
                        .text(m.atReferral() ? " baseline" : " later")
                        .newline();
            }
        }
        lines.flush();
    }

    /** The SHA-256 (hex) of the canonical text. */
    String sha256() {
        return sha256;
    }

    /** The canonical text, gzipped, as it is stored. */
    byte[] gzip() {
        return gzip;
    }

    /** The canonical text itself: decompresses the stored form, so only for small snapshots and tests. */
    String text() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String referral(ReferralFacts r) {
        return String.join(
                "|",
                r.visitationCategory() == null ? "-" : r.visitationCategory(),
                flag(r.expectedLongerThanThreeMonths()),
                flag(r.healthUnclear()),
                flag(r.socialProblems()),
                flag(r.seriousIllness()),
                flag(r.permanentlyReducedCapacity()),
                r.primaryBarrier() == null ? "-" : r.primaryBarrier());
    }

    /** A free text as one space-free token: {@code =} followed by its URL encoding. */
    static String escape(String text) {
        return "=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String unescape(String token) {
        return URLDecoder.decode(token.substring(1), StandardCharsets.UTF_8);
    }

    private static String flag(Boolean b) {
        return b == null ? "-" : b ? "1" : "0";
    }

    static String statuses(StatusTimeline timeline) {
        StringBuilder s = new StringBuilder(timeline.length() + 2).append('[');
        for (int k = 0; k < timeline.length(); k++) {
            s.append(LETTERS.charAt(timeline.status(k).ordinal()));
        }
        return s.append(']').toString();
    }

    /** A small line writer over a byte buffer: UTF-8 text, status letters as single ASCII bytes. */
    private static final class Lines {

        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int size;

        Lines(OutputStream out) {
            this.out = out;
        }

        Lines text(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > buffer.length - size) {
                flush();
                if (b.length > buffer.length) {
                    out.write(b);
                    return this;
                }
            }
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
            return this;
        }

        Lines statuses(StatusTimeline timeline) throws IOException {
            put('[');
            for (int k = 0; k < timeline.length(); k++) {
                put(LETTER_BYTES[timeline.status(k).ordinal()]);
            }
            put(']');
            return this;
        }

        Lines newline() throws IOException {
            put('\n');
            return this;
        }

        private void put(int b) throws IOException {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) b;
        }

        void flush() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
