package dk.virkning.snapshot;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the canonical text of a settlement input.
 *
 * <p>Format {@code virkning-settlement-input/1}: one header line per fact, then one line per
 * participant with one letter per week from the start week: see {@link #LETTERS}. Format {@code /2}
 * adds, after a participant's line, one {@code event} line per lifecycle event and one {@code
 * measurement} line per measurement, in the order the formula gets them; it is written only when some
 * participant has any, so that a program without them keeps format 1's bytes and hashes.
 */
public final class SnapshotWriter {

    /** One letter per canonical status, in {@link WeeklyStatus} order. */
    public static final String LETTERS = "SDJRAKFVPEO?";

    /** The format without lifecycle events and measurements. */
    public static final String FORMAT_1 = "virkning-settlement-input/1";

    /** The format with lifecycle events and measurements. */
    public static final String FORMAT_2 = "virkning-settlement-input/2";

    private static final byte[] LETTER_BYTES = LETTERS.getBytes(StandardCharsets.US_ASCII);

    private SnapshotWriter() {}

    /**
     * Writes the canonical text to {@code out} as UTF-8 without buffering it whole.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(FormulaContext context, PluginIdentity plugin, Map<String, Object> terms, OutputStream out)
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
    public static String escape(String text) {
        return "=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String unescape(String token) {
        return URLDecoder.decode(token.substring(1), StandardCharsets.UTF_8);
    }

    private static String flag(Boolean b) {
        return b == null ? "-" : b ? "1" : "0";
    }

    public static String statuses(StatusTimeline timeline) {
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
