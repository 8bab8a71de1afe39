package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ReferralFacts;
import dk.virkning.plugin.api.StatusTimeline;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.shared.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The frozen input of a settlement in a canonical text form. Its SHA-256 goes into the statement, and
 * the text itself is kept (gzipped), so that anyone can recompute the statement and check the hash.
 *
 * <p>Format {@code virkning-settlement-input/1}: one header line per fact, then one line per
 * participant with one letter per week from the start week: see {@link #LETTERS}.
 */
record InputSnapshot(String text, String sha256) {

    /** One letter per canonical status, in {@link WeeklyStatus} order. */
    static final String LETTERS = "SDJRAKFVPEO?";

    static InputSnapshot of(FormulaContext context, InstalledPlugin plugin, Map<String, Object> terms) {
        StringBuilder out = new StringBuilder("virkning-settlement-input/1\n");
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
