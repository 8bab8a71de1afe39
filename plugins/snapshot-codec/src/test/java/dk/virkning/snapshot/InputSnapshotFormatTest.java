package dk.virkning.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The snapshot is written as a stream (digest and gzip on the fly), and its bytes must stay those of
 * format {@code virkning-settlement-input/1}, or issued statements would no longer verify.
 */
class InputSnapshotFormatTest {

    private final PluginIdentity plugin = new PluginIdentity("p", "1.0.0", "ab".repeat(32));

    @Test
    void theTextIsByteForByteFormatOne() {
        Map<String, Object> terms = new TreeMap<>(Map.of("b", new BigDecimal("0.80"), "a", "Ærø"));
        FormulaContext context = new FormulaContext(
                "program-1",
                SnapshotReader.terms(CanonicalJson.write(terms)),
                new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                List.of(
                        new ParticipantInput(
                                "a",
                                "MENTAL_ILLNESS",
                                IsoWeek.parse("2024-W01"),
                                new ReferralFacts("2", true, null, false, null, null, "MENTAL"),
                                List.of(),
                                List.of(),
                                StatusTimeline.of(
                                        WeeklyStatus.SICKNESS_BENEFIT,
                                        WeeklyStatus.UNKNOWN,
                                        WeeklyStatus.OTHER_BENEFIT)),
                        new ParticipantInput("b", "G", IsoWeek.parse("2024-W03"), null, List.of(), List.of(), null)));

        Snapshot snapshot = Snapshot.of(context, plugin, terms);

        String expected = "virkning-settlement-input/1\n"
                + "program program-1\n"
                + "plugin p 1.0.0 " + "ab".repeat(32) + "\n"
                + "period 2024-01-01 2024-03-31 horizon 2024-W13\n"
                + "terms {\"a\":\"Ærø\",\"b\":0.8}\n"
                + "participant a MENTAL_ILLNESS 2024-W01 2|1|-|0|-|-|MENTAL [D?O]\n"
                + "participant b G 2024-W03 -|-|-|-|-|-|- []\n";
        assertThat(snapshot.text()).isEqualTo(expected);
        assertThat(snapshot.sha256()).isEqualTo(Sha256.hex(expected));
    }

    @Test
    void snapshotsStoredBeforeStreamingStillVerify() throws Exception {
        // A statement issued by the earlier, string-building writer: gzip of the whole text at once.
        String text = "virkning-settlement-input/1\n"
                + "program program-1\n"
                + "plugin p 1.0.0 " + "ab".repeat(32) + "\n"
                + "period 2024-01-01 2024-03-31 horizon 2024-W13\n"
                + "terms {\"b\":0.8}\n"
                + "participant a MENTAL_ILLNESS 2024-W01 -|-|-|-|-|-|- [DDSE?A]\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }

        SnapshotReader.Parsed parsed = SnapshotReader.read(bytes.toByteArray());

        assertThat(parsed.sha256()).isEqualTo(Sha256.hex(text));
        assertThat(Snapshot.of(parsed.context(), plugin, Map.of("b", new BigDecimal("0.8")))
                        .sha256())
                .isEqualTo(Sha256.hex(text));
    }

    @Test
    void aNationalSizedSnapshotStreamsAndReadsBackToTheSameHashAndContext() {
        SplittableRandom random = new SplittableRandom(7);
        WeeklyStatus[] all = WeeklyStatus.values();
        List<ParticipantInput> participants = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            List<WeeklyStatus> weeks = new ArrayList<>();
            for (int k = 0; k < 156; k++) {
                weeks.add(all[random.nextInt(all.length - 1)]);
            }
            participants.add(new ParticipantInput(
                    "p" + i,
                    "MENTAL_ILLNESS",
                    IsoWeek.parse("2023-W01"),
                    null,
                    List.of(),
                    List.of(),
                    StatusTimeline.of(weeks)));
        }
        Map<String, Object> terms = Map.of("b", new BigDecimal("0.8"));
        FormulaContext context = new FormulaContext(
                "program-1",
                SnapshotReader.terms(CanonicalJson.write(terms)),
                new SettlementPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                participants);

        Snapshot snapshot = Snapshot.of(context, plugin, terms);
        SnapshotReader.Parsed parsed = SnapshotReader.read(snapshot.gzip());

        assertThat(snapshot.sha256()).isEqualTo(Sha256.hex(snapshot.text()));
        assertThat(parsed.sha256()).isEqualTo(snapshot.sha256());
        assertThat(parsed.context()).isEqualTo(context);
    }
}
