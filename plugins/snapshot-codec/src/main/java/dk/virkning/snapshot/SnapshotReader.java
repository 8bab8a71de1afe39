package dk.virkning.snapshot;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.Terms;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stored input snapshot back into the formula context it was written from, and hashes its
 * text on the way: the text streams line by line from the gzip stream through the digest, and is
 * never held whole.
 */
public final class SnapshotReader {

    /**
     * A parsed snapshot.
     *
     * @param sha256 the SHA-256 (lowercase hex) of its canonical text
     * @param context the formula context it was written from
     * @param plugin the plugin version it was made for
     */
    public record Parsed(String sha256, FormulaContext context, PluginIdentity plugin) {}

    /** Numbers in terms become BigDecimal, never double, so that money stays exact. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private SnapshotReader() {}

    /** Reads a gzipped snapshot. */
    public static Parsed read(byte[] gzipped) {
        return read(new ByteArrayInputStream(gzipped));
    }

    /**
     * Reads a gzipped snapshot from a stream.
     *
     * @throws IllegalStateException when the snapshot is incomplete or malformed
     * @throws UncheckedIOException when the stream fails or is not gzip
     */
    public static Parsed read(InputStream gzipped) {
        MessageDigest digest = Snapshot.sha256Digest();
        String program = null;
        String[] plugin = null;
        SettlementPeriod period = null;
        Terms terms = null;
        List<ParticipantInput> participants = new ArrayList<>();
        byte[] codes = new byte[0];
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(
                        new DigestInputStream(new GZIPInputStream(gzipped, 1 << 16), digest), StandardCharsets.UTF_8),
                1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                String kind = space < 0 ? line : line.substring(0, space);
                switch (kind) {
                    case "program" -> program = line.substring(space + 1);
                    case "plugin" -> plugin = line.split(" ");
                    case "period" -> {
                        String[] f = line.split(" ");
                        period = new SettlementPeriod(LocalDate.parse(f[1]), LocalDate.parse(f[2]));
                    }
                    case "terms" -> terms = terms(line.substring("terms ".length()));
                    case "participant" -> {
                        String[] f = line.split(" ", 6);
                        String letters = f[5];
                        if (codes.length < letters.length()) {
                            codes = new byte[letters.length() * 2];
                        }
                        participants.add(participant(f, letters, codes));
                    }
                    case "event" -> {
                        String[] f = line.split(" ");
                        participants.add(withEvent(participants.remove(participants.size() - 1), f));
                    }
                    case "measurement" -> {
                        String[] f = line.split(" ");
                        participants.add(withMeasurement(participants.remove(participants.size() - 1), f));
                    }
                    default -> {
                        // the format line
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (program == null || plugin == null || period == null || terms == null) {
            throw new IllegalStateException("the snapshot is incomplete");
        }
        if (plugin.length != 4) {
            throw new IllegalStateException("the snapshot's plugin line is malformed");
        }
        return new Parsed(
                HexFormat.of().formatHex(digest.digest()),
                new FormulaContext(program, terms, period, participants),
                new PluginIdentity(plugin[1], plugin[2], plugin[3]));
    }

    /**
     * Terms as a formula sees them: read from their canonical JSON, so that a settlement and any
     * later recomputation from the snapshot get equal terms (0.80 and 0.8 alike become 0.8).
     */
    public static Terms terms(String canonicalJson) {
        return new Terms(JSON.readValue(canonicalJson, new TypeReference<Map<String, Object>>() {}));
    }

    private static ParticipantInput participant(String[] f, String bracketed, byte[] codes) {
        String[] r = f[4].split("\\|", -1);
        ReferralFacts referral =
                new ReferralFacts(dash(r[0]), flag(r[1]), flag(r[2]), flag(r[3]), flag(r[4]), flag(r[5]), dash(r[6]));
        int weeks = bracketed.length() - 2;
        for (int k = 0; k < weeks; k++) {
            int code = SnapshotWriter.LETTERS.indexOf(bracketed.charAt(k + 1));
            if (code < 0) {
                throw new IllegalStateException("the snapshot has an unknown status letter");
            }
            codes[k] = (byte) code;
        }
        StatusTimeline timeline = Timelines.exactly(codes, weeks);
        return new ParticipantInput(f[1], f[2], IsoWeek.parse(f[3]), referral, List.of(), List.of(), timeline);
    }

    private static ParticipantInput withEvent(ParticipantInput p, String[] f) {
        List<LifecycleEvent> events = new ArrayList<>(p.events());
        events.add(new LifecycleEvent(f[1], LocalDate.parse(f[2]), SnapshotWriter.unescape(f[3])));
        return new ParticipantInput(
                p.participantId(),
                p.targetGroup(),
                p.startWeek(),
                p.referral(),
                events,
                p.measurements(),
                p.statuses());
    }

    private static ParticipantInput withMeasurement(ParticipantInput p, String[] f) {
        List<Measurement> measurements = new ArrayList<>(p.measurements());
        measurements.add(new Measurement(f[1], LocalDate.parse(f[2]), Integer.parseInt(f[3]), "baseline".equals(f[4])));
        return new ParticipantInput(
                p.participantId(),
                p.targetGroup(),
                p.startWeek(),
                p.referral(),
                p.events(),
                measurements,
                p.statuses());
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    private static Boolean flag(String s) {
        return "-".equals(s) ? null : "1".equals(s);
    }
}
