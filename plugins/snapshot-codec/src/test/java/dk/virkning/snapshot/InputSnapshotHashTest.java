package dk.virkning.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.Terms;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot hash: a function of everything the formula sees, and of nothing else. */
class InputSnapshotHashTest {

    private static final String PLUGIN_SHA = "ab".repeat(32);

    @Test
    void theSameContextGivesTheSameHash() {
        Snapshot first = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"));
        Snapshot second = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"));

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void theHashIsTheSha256OfTheText() {
        Snapshot snapshot = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"));

        assertThat(snapshot.sha256()).matches("[0-9a-f]{64}").isEqualTo(Sha256.hex(snapshot.text()));
        assertThat(snapshot.text()).startsWith("virkning-settlement-input/1\n");
    }

    @Test
    void changingOneWeeklyStatusChangesTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();
        List<WeeklyStatus> changed = new ArrayList<>(statuses());
        changed.set(2, WeeklyStatus.FLEX_JOB);

        assertThat(snapshot(context(terms("0.80"), changed), plugin(PLUGIN_SHA), terms("0.80"))
                        .sha256())
                .isNotEqualTo(base);
    }

    @Test
    void oneMoreKnownWeekChangesTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();
        List<WeeklyStatus> longer = new ArrayList<>(statuses());
        longer.add(WeeklyStatus.SELF_SUPPORTING);

        assertThat(snapshot(context(terms("0.80"), longer), plugin(PLUGIN_SHA), terms("0.80"))
                        .sha256())
                .isNotEqualTo(base);
    }

    @Test
    void changingATermChangesTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();
        Map<String, Object> otherRate = terms("0.80");
        otherRate.put("measurementWeeks", 53);

        assertThat(snapshot(context(terms("0.75"), statuses()), plugin(PLUGIN_SHA), terms("0.75"))
                        .sha256())
                .isNotEqualTo(base);
        assertThat(snapshot(context(otherRate, statuses()), plugin(PLUGIN_SHA), otherRate)
                        .sha256())
                .isNotEqualTo(base);
    }

    @Test
    void theTermsNotationAndKeyOrderDoNotChangeTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("measurementWeeks", new BigDecimal("52.0"));
        reordered.put("baselineBenefitShare", new BigDecimal("0.8"));

        assertThat(snapshot(context(reordered, statuses()), plugin(PLUGIN_SHA), reordered)
                        .sha256())
                .isEqualTo(base);
    }

    @Test
    void changingThePluginArtifactShaChangesTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();

        assertThat(snapshot(context(terms("0.80"), statuses()), plugin("cd".repeat(32)), terms("0.80"))
                        .sha256())
                .isNotEqualTo(base);
    }

    @Test
    void changingThePluginVersionChangesTheHash() {
        String base = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"))
                .sha256();
        PluginIdentity newer = new PluginIdentity("p", "1.0.1", PLUGIN_SHA);

        assertThat(snapshot(context(terms("0.80"), statuses()), newer, terms("0.80"))
                        .sha256())
                .isNotEqualTo(base);
    }

    @Test
    void changingThePeriodChangesTheHash() {
        FormulaContext base = context(terms("0.80"), statuses());
        FormulaContext later = new FormulaContext(
                base.programId(),
                base.terms(),
                new SettlementPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
                base.participants());

        assertThat(snapshot(later, plugin(PLUGIN_SHA), terms("0.80")).sha256())
                .isNotEqualTo(snapshot(base, plugin(PLUGIN_SHA), terms("0.80")).sha256());
    }

    @Test
    void changingAReferralFactChangesTheHash() {
        FormulaContext base = context(terms("0.80"), statuses());
        ParticipantInput p = base.participants().get(0);
        ParticipantInput otherReferral = new ParticipantInput(
                p.participantId(),
                p.targetGroup(),
                p.startWeek(),
                new ReferralFacts("2", true, null, true, null, null, "MENTAL"),
                p.events(),
                p.measurements(),
                p.statuses());
        FormulaContext changed =
                new FormulaContext(base.programId(), base.terms(), base.period(), List.of(otherReferral));

        assertThat(snapshot(changed, plugin(PLUGIN_SHA), terms("0.80")).sha256())
                .isNotEqualTo(snapshot(base, plugin(PLUGIN_SHA), terms("0.80")).sha256());
    }

    @Test
    void theStatusLettersFollowTheWeeklyStatusOrder() {
        WeeklyStatus[] all = WeeklyStatus.values();

        assertThat(SnapshotWriter.LETTERS).hasSize(all.length);
        assertThat(SnapshotWriter.LETTERS.chars().distinct().count()).isEqualTo(all.length);
        assertThat(SnapshotWriter.statuses(StatusTimeline.of(all))).isEqualTo("[" + SnapshotWriter.LETTERS + "]");
        assertThat(SnapshotWriter.statuses(StatusTimeline.of(
                        WeeklyStatus.SELF_SUPPORTING,
                        WeeklyStatus.SICKNESS_BENEFIT,
                        WeeklyStatus.CASH_BENEFIT,
                        WeeklyStatus.EDUCATION,
                        WeeklyStatus.UNKNOWN)))
                .isEqualTo("[SDKE?]");
        assertThat(SnapshotWriter.statuses(StatusTimeline.empty())).isEqualTo("[]");
    }

    @Test
    void theParticipantLineHoldsOneLetterPerWeekFromTheStartWeek() {
        Snapshot snapshot = snapshot(context(terms("0.80"), statuses()), plugin(PLUGIN_SHA), terms("0.80"));

        assertThat(snapshot.text())
                .contains("participant a MENTAL_ILLNESS 2024-W01 2|1|-|0|-|-|MENTAL [DDSE?A]\n")
                .contains("plugin p 1.0.0 " + PLUGIN_SHA + "\n")
                .contains("period 2024-01-01 2024-03-31 horizon 2024-W13\n");
    }

    private static Snapshot snapshot(FormulaContext context, PluginIdentity plugin, Map<String, Object> terms) {
        return Snapshot.of(context, plugin, terms);
    }

    private static PluginIdentity plugin(String sha) {
        return new PluginIdentity("p", "1.0.0", sha);
    }

    private static List<WeeklyStatus> statuses() {
        return Arrays.asList(
                WeeklyStatus.SICKNESS_BENEFIT,
                WeeklyStatus.SICKNESS_BENEFIT,
                WeeklyStatus.SELF_SUPPORTING,
                WeeklyStatus.EDUCATION,
                WeeklyStatus.UNKNOWN,
                WeeklyStatus.UNEMPLOYMENT_BENEFIT);
    }

    private static FormulaContext context(Map<String, Object> terms, List<WeeklyStatus> statuses) {
        return new FormulaContext(
                "program-1",
                new Terms(terms),
                new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                List.of(new ParticipantInput(
                        "a",
                        "MENTAL_ILLNESS",
                        IsoWeek.parse("2024-W01"),
                        new ReferralFacts("2", true, null, false, null, null, "MENTAL"),
                        List.of(),
                        List.of(),
                        StatusTimeline.of(statuses))));
    }

    private static Map<String, Object> terms(String baseline) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("baselineBenefitShare", new BigDecimal(baseline));
        terms.put("measurementWeeks", 52);
        return terms;
    }
}
