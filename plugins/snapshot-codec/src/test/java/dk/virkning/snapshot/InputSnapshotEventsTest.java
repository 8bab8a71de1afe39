package dk.virkning.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format 2: lifecycle events and measurements are part of the frozen input. */
class InputSnapshotEventsTest {

    private final PluginIdentity plugin = new PluginIdentity("p", "1.0.0", "ab".repeat(32));
    private final Map<String, Object> terms = Map.of("startShare", 0.5);

    @Test
    void eventsAndMeasurementsRoundTripIncludingFreeTextWithSpacesAndSeparators() {
        FormulaContext context = context(
                List.of(
                        new LifecycleEvent(
                                LifecycleEvent.PACKAGE_COURSE_STARTED,
                                LocalDate.of(2024, 1, 8),
                                "WORKPLACE_MENTAL_BASIC|P1"),
                        new LifecycleEvent(LifecycleEvent.EXITED, LocalDate.of(2024, 3, 1), "moved to Århus = done"),
                        new LifecycleEvent(LifecycleEvent.PHASE_CHANGED, LocalDate.of(2024, 3, 2), "")),
                List.of(
                        new Measurement("WHO5", LocalDate.of(2023, 12, 20), 40, true),
                        new Measurement("WHO5", LocalDate.of(2024, 3, 1), 64, false)));
        Snapshot snapshot = Snapshot.of(context, plugin, terms);

        assertThat(snapshot.text()).startsWith(SnapshotWriter.FORMAT_2 + "\n");
        SnapshotReader.Parsed parsed = SnapshotReader.read(snapshot.gzip());
        assertThat(parsed.context().participants()).isEqualTo(context.participants());
        assertThat(Snapshot.of(parsed.context(), plugin, terms).sha256()).isEqualTo(snapshot.sha256());
    }

    @Test
    void aProgramWithoutEventsKeepsFormatOneAndAnEventChangesTheHash() {
        Snapshot none = Snapshot.of(context(List.of(), List.of()), plugin, terms);
        assertThat(none.text()).startsWith(SnapshotWriter.FORMAT_1 + "\n");

        Snapshot started = Snapshot.of(
                context(
                        List.of(new LifecycleEvent(
                                LifecycleEvent.PACKAGE_COURSE_STARTED, LocalDate.of(2024, 1, 8), "X|P1")),
                        List.of()),
                plugin,
                terms);
        Snapshot laterStart = Snapshot.of(
                context(
                        List.of(new LifecycleEvent(
                                LifecycleEvent.PACKAGE_COURSE_STARTED, LocalDate.of(2024, 1, 9), "X|P1")),
                        List.of()),
                plugin,
                terms);
        assertThat(started.sha256()).isNotEqualTo(none.sha256()).isNotEqualTo(laterStart.sha256());
    }

    private FormulaContext context(List<LifecycleEvent> events, List<Measurement> measurements) {
        return new FormulaContext(
                "program-1",
                SnapshotReader.terms(CanonicalJson.write(terms)),
                new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                List.of(
                        new ParticipantInput(
                                "a",
                                "SICKNESS_BENEFIT",
                                IsoWeek.parse("2024-W01"),
                                ReferralFacts.none(),
                                events,
                                measurements,
                                StatusTimeline.of(WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.SELF_SUPPORTING)),
                        new ParticipantInput(
                                "b",
                                "SICKNESS_BENEFIT",
                                IsoWeek.parse("2024-W01"),
                                ReferralFacts.none(),
                                List.of(),
                                List.of(),
                                StatusTimeline.of(WeeklyStatus.SICKNESS_BENEFIT))));
    }
}
