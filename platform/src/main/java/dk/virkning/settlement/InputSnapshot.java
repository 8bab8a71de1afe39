package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.LifecycleEvent;
import dk.virkning.plugin.api.Measurement;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ReferralFacts;
import dk.virkning.plugin.api.StatusTimeline;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.shared.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 */
record InputSnapshot(String text, String sha256) {

    static final String FORMAT_1 = "virkning-settlement-input/1";
    static final String FORMAT_2 = "virkning-settlement-input/2";

    /** One letter per canonical status, in {@link WeeklyStatus} order. */
    static final String LETTERS = "SDJRAKFVPEO?";

    static InputSnapshot of(FormulaContext context, InstalledPlugin plugin, Map<String, Object> terms) {
        boolean extended = context.participants().stream()
                .anyMatch(p -> !p.events().isEmpty() || !p.measurements().isEmpty());
        StringBuilder out = new StringBuilder(extended ? FORMAT_2 : FORMAT_1).append('\n');
        out.append("program ").append(context.programId()).append('\n');
        out.append("plugin ")
                .append(plugin.id())
                .append(' ')
                .append(plugin.version())
                .append(' ')
                .append(plugin.sha256())
                .append('\n');
        out.append("period ")
                .append(context.period().firstDay())
                .append(' ')
                .append(context.period().lastDay())
                .append(" horizon ")
                .append(context.period().horizon())
                .append('\n');
        out.append("terms ").append(CanonicalJson.write(terms)).append('\n');
        for (ParticipantInput p : context.participants()) {
            out.append("participant ")
                    .append(p.participantId())
                    .append(' ')
                    .append(p.targetGroup())
                    .append(' ')
                    .append(p.startWeek())
                    .append(' ')
                    .append(referral(p.referral()))
                    .append(' ')
                    .append(statuses(p.statuses()))
                    .append('\n');
            for (LifecycleEvent e : p.events()) {
                out.append("event ")
                        .append(e.type())
                        .append(' ')
                        .append(e.date())
                        .append(' ')
                        .append(escape(e.detail()))
                        .append('\n');
            }
            for (Measurement m : p.measurements()) {
                out.append("measurement ")
                        .append(m.instrument())
                        .append(' ')
                        .append(m.date())
                        .append(' ')
                        .append(m.score())
                        .append(' ')
                        .append(m.atReferral() ? "baseline" : "later")
                        .append('\n');
            }
        }
        String text = out.toString();
        return new InputSnapshot(text, Sha256.hex(text));
    }

    byte[] gzip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
        StringBuilder s = new StringBuilder(timeline.length() + 1).append('[');
        for (int k = 0; k < timeline.length(); k++) {
            s.append(LETTERS.charAt(timeline.status(k).ordinal()));
        }
        return s.append(']').toString();
    }
}
