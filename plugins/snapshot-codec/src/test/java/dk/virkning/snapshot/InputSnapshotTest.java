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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputSnapshotTest {

    private final PluginIdentity plugin = new PluginIdentity("p", "1.0.0", "ab".repeat(32));

    @Test
    void aSnapshotReadsBackIntoTheContextItWasWrittenFrom() {
        Map<String, Object> terms = terms("0.80");
        FormulaContext context = context(terms, WeeklyStatus.SICKNESS_BENEFIT);
        Snapshot snapshot = Snapshot.of(context, plugin, terms);

        SnapshotReader.Parsed parsed = SnapshotReader.read(snapshot.gzip());

        assertThat(parsed.context()).isEqualTo(context);
        assertThat(parsed.plugin().id()).isEqualTo("p");
        assertThat(parsed.plugin().sha256()).isEqualTo(plugin.sha256());
        assertThat(Snapshot.of(parsed.context(), plugin, terms).sha256()).isEqualTo(snapshot.sha256());
    }

    @Test
    void oneChangedWeekOrTermChangesTheHashButNotationDoesNot() {
        String base = Snapshot.of(context(terms("0.80"), WeeklyStatus.SICKNESS_BENEFIT), plugin, terms("0.80"))
                .sha256();
        assertThat(Snapshot.of(context(terms("0.80"), WeeklyStatus.CASH_BENEFIT), plugin, terms("0.80"))
                        .sha256())
                .isNotEqualTo(base);
        assertThat(Snapshot.of(context(terms("0.70"), WeeklyStatus.SICKNESS_BENEFIT), plugin, terms("0.70"))
                        .sha256())
                .isNotEqualTo(base);
        assertThat(Snapshot.of(context(terms("0.8"), WeeklyStatus.SICKNESS_BENEFIT), plugin, terms("0.8"))
                        .sha256())
                .isEqualTo(base);
    }

    private FormulaContext context(Map<String, Object> terms, WeeklyStatus firstWeek) {
        return new FormulaContext(
                "program-1",
                SnapshotReader.terms(CanonicalJson.write(terms)),
                new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                List.of(new ParticipantInput(
                        "a",
                        "MENTAL_ILLNESS",
                        IsoWeek.parse("2024-W01"),
                        new ReferralFacts("2", true, null, false, null, null, "MENTAL"),
                        List.of(),
                        List.of(),
                        StatusTimeline.of(
                                firstWeek,
                                WeeklyStatus.SELF_SUPPORTING,
                                WeeklyStatus.UNKNOWN,
                                WeeklyStatus.EDUCATION))));
    }

    private static Map<String, Object> terms(String baseline) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("baselineBenefitShare", new BigDecimal(baseline));
        terms.put("measurementWeeks", 52);
        terms.put("rates", Map.of("B", new BigDecimal("3000.00"), "A", 1));
        return terms;
    }
}
