package dk.virkning.settlement;

import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.LifecycleEvent;
import dk.virkning.plugin.api.Measurement;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ReferralFacts;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.StatusTimeline;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.api.WeeklyStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a stored input snapshot back into the formula context it was written from. */
@Component
class SnapshotReader {

    /** A parsed snapshot: the context and the plugin it was made for. */
    record Parsed(String text, FormulaContext context, String pluginId, String pluginVersion, String pluginSha256) {}

    private final JsonMapper json;

    SnapshotReader(JsonMapper json) {
        this.json = json;
    }

    Parsed read(byte[] gzipped) {
        String text;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String program = null;
        String[] plugin = null;
        SettlementPeriod period = null;
        Terms terms = null;
        List<ParticipantInput> participants = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "program" -> program = f[1];
                case "plugin" -> plugin = f;
                case "period" -> period = new SettlementPeriod(LocalDate.parse(f[1]), LocalDate.parse(f[2]));
                case "terms" -> terms = terms(line.substring("terms ".length()));
                case "participant" -> participants.add(participant(f));
                case "event" -> participants.add(withEvent(participants.remove(participants.size() - 1), f));
                case "measurement" ->
                    participants.add(withMeasurement(participants.remove(participants.size() - 1), f));
                default -> {
                    // the format line
                }
            }
        }
        if (program == null || plugin == null || period == null || terms == null) {
            throw new IllegalStateException("the snapshot is incomplete");
        }
        return new Parsed(
                text, new FormulaContext(program, terms, period, participants), plugin[1], plugin[2], plugin[3]);
    }

    /**
     * Terms as a formula sees them: read from their canonical JSON, so that a settlement and any
     * later recomputation from the snapshot get equal terms (0.80 and 0.8 alike become 0.8).
     */
    Terms terms(String canonicalJson) {
        return new Terms(json.readValue(canonicalJson, new TypeReference<Map<String, Object>>() {}));
    }

    private static ParticipantInput participant(String[] f) {
        String[] r = f[4].split("\\|", -1);
        ReferralFacts referral =
                new ReferralFacts(dash(r[0]), flag(r[1]), flag(r[2]), flag(r[3]), flag(r[4]), flag(r[5]), dash(r[6]));
        String letters = f[5].substring(1, f[5].length() - 1);
        WeeklyStatus[] all = WeeklyStatus.values();
        List<WeeklyStatus> weeks = new ArrayList<>(letters.length());
        for (char c : letters.toCharArray()) {
            weeks.add(all[InputSnapshot.LETTERS.indexOf(c)]);
        }
        return new ParticipantInput(
                f[1], f[2], IsoWeek.parse(f[3]), referral, List.of(), List.of(), StatusTimeline.of(weeks));
    }

    private static ParticipantInput withEvent(ParticipantInput p, String[] f) {
        List<LifecycleEvent> events = new ArrayList<>(p.events());
        events.add(new LifecycleEvent(f[1], LocalDate.parse(f[2]), InputSnapshot.unescape(f[3])));
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
