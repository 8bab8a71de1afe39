package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.virkning.api.model.OpenAmountAggregate;
import dk.virkning.api.model.OutcomeAggregate;
import dk.virkning.settlement.OpenTotal;
import dk.virkning.settlement.StoredLine;
import dk.virkning.spi.PendingKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutcomeAggregationTest {

    @Test
    void aCellOfFewerThanFivePersonsIsSuppressed() {
        List<StoredLine> lines = earned("HIRED", persons(4), "1000.00");

        assertThat(OutcomeAggregation.aggregate(lines)).singleElement().satisfies(a -> {
            assertThat(a.getOutcome()).isEqualTo("HIRED");
            assertThat(a.getSuppressed()).isTrue();
            assertThat(a.getAmount()).isNull();
            assertThat(a.getParticipants()).isNull();
        });
    }

    @Test
    void aCellOfFivePersonsIsShownWithItsSummedAmount() {
        List<StoredLine> lines = earned("HIRED", persons(5), "1000.50");

        assertThat(OutcomeAggregation.aggregate(lines)).singleElement().satisfies(a -> {
            assertThat(a.getSuppressed()).isFalse();
            assertThat(a.getParticipants()).isEqualTo(5);
            assertThat(a.getAmount()).isEqualTo("5002.50");
        });
    }

    @Test
    void personsAreCountedOnceHoweverManyLinesTheyHave() {
        List<UUID> four = persons(4);
        List<StoredLine> lines = new ArrayList<>(earned("HIRED", four, "100.00"));
        lines.addAll(earned("HIRED", four, "100.00"));

        assertThat(OutcomeAggregation.aggregate(lines)).singleElement().satisfies(a -> {
            assertThat(a.getSuppressed()).isTrue();
            assertThat(a.getAmount()).isNull();
        });

        List<UUID> six = persons(6);
        List<StoredLine> moreLines = new ArrayList<>(earned("HIRED", six, "100.00"));
        moreLines.addAll(earned("HIRED", six.subList(0, 2), "50.00"));
        assertThat(OutcomeAggregation.aggregate(moreLines)).singleElement().satisfies(a -> {
            assertThat(a.getParticipants()).isEqualTo(6);
            assertThat(a.getAmount()).isEqualTo("700.00");
        });
    }

    @Test
    void aProgramLevelLineIsShownWithoutACount() {
        List<StoredLine> lines = List.of(line(1, StoredLine.EARNED, null, "CAP", "-2500.00"));

        assertThat(OutcomeAggregation.aggregate(lines)).singleElement().satisfies(a -> {
            assertThat(a.getOutcome()).isEqualTo("CAP");
            assertThat(a.getSuppressed()).isFalse();
            assertThat(a.getParticipants()).isNull();
            assertThat(a.getAmount()).isEqualTo("-2500.00");
        });
    }

    @Test
    void pendingLinesAreIgnored() {
        List<StoredLine> lines = new ArrayList<>(earned("HIRED", persons(5), "1000.00"));
        for (UUID person : persons(7)) {
            lines.add(
                    new StoredLine(lines.size() + 1, StoredLine.PENDING, person, "HIRED", "unknown weeks", null, null));
        }
        for (UUID person : persons(3)) {
            lines.add(new StoredLine(
                    lines.size() + 1, StoredLine.PENDING, person, "STAYED", "unknown weeks", null, null));
        }

        assertThat(OutcomeAggregation.aggregate(lines)).singleElement().satisfies(a -> {
            assertThat(a.getOutcome()).isEqualTo("HIRED");
            assertThat(a.getParticipants()).isEqualTo(5);
            assertThat(a.getAmount()).isEqualTo("5000.00");
        });
    }

    @Test
    void eachOutcomeIsItsOwnCellInOutcomeOrder() {
        List<StoredLine> lines = new ArrayList<>();
        lines.addAll(earned("STAYED", persons(2), "10.00"));
        lines.addAll(earned("HIRED", persons(5), "20.00"));
        lines.add(line(lines.size() + 1, StoredLine.EARNED, null, "CAP", "-5.00"));

        List<OutcomeAggregate> cells = OutcomeAggregation.aggregate(lines);

        assertThat(cells).extracting(OutcomeAggregate::getOutcome).containsExactly("CAP", "HIRED", "STAYED");
        assertThat(cells).extracting(OutcomeAggregate::getSuppressed).containsExactly(false, false, true);
        assertThat(cells).extracting(OutcomeAggregate::getAmount).containsExactly("-5.00", "100.00", null);
        assertThat(cells).extracting(OutcomeAggregate::getParticipants).containsExactly(null, 5, null);
    }

    @Test
    void noLinesGiveNoCells() {
        assertThat(OutcomeAggregation.aggregate(List.of())).isEmpty();
    }

    @Test
    void openMoneyOfFewerThanFivePersonsIsSuppressedAndOfFiveIsSummedPerKind() {
        List<StoredLine> lines = new ArrayList<>();
        // four persons with an open bonus of 500.00 each; five persons with 1000.00 open each, one of
        // them twice, and a sixth line without an amount
        for (UUID person : persons(4)) {
            lines.add(open(lines.size() + 1, person, PendingKind.BONUS, "500.00"));
        }
        List<UUID> five = persons(5);
        for (UUID person : five) {
            lines.add(open(lines.size() + 1, person, PendingKind.OUTCOME_PAYMENT, "1000.00"));
        }
        lines.add(open(lines.size() + 1, five.get(0), PendingKind.OUTCOME_PAYMENT, "1000.00"));
        lines.add(open(lines.size() + 1, five.get(1), PendingKind.OUTCOME_PAYMENT, null));

        List<OpenAmountAggregate> cells = OutcomeAggregation.aggregateOpen(OpenTotal.of(lines));

        assertThat(cells)
                .extracting(
                        OpenAmountAggregate::getKind,
                        OpenAmountAggregate::getSuppressed,
                        OpenAmountAggregate::getParticipants,
                        OpenAmountAggregate::getAmount,
                        OpenAmountAggregate::getUnbounded)
                .containsExactly(
                        tuple(dk.virkning.api.model.PendingKind.OUTCOME_PAYMENT, false, 5, "6000.00", 1),
                        tuple(dk.virkning.api.model.PendingKind.BONUS, true, null, null, null));
    }

    @Test
    void earnedLinesLeaveNothingOpen() {
        assertThat(OpenTotal.of(earned("HIRED", persons(6), "1000.00"))).isEmpty();
    }

    @Test
    void theCellThresholdIsFive() {
        assertThat(OutcomeAggregation.MIN_CELL).isEqualTo(5);
        assertThat(OutcomeAggregation.suppressCount(4)).isTrue();
        assertThat(OutcomeAggregation.suppressCount(5)).isFalse();
        assertThat(OutcomeAggregation.suppressCount(0)).isTrue();
    }

    private static List<UUID> persons(int n) {
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            persons.add(UUID.randomUUID());
        }
        return persons;
    }

    private static List<StoredLine> earned(String outcome, List<UUID> persons, String amount) {
        List<StoredLine> lines = new ArrayList<>();
        for (UUID person : persons) {
            lines.add(line(lines.size() + 1, StoredLine.EARNED, person, outcome, amount));
        }
        return lines;
    }

    private static StoredLine open(int no, UUID person, PendingKind kind, String amount) {
        return new StoredLine(
                no,
                StoredLine.PENDING,
                person,
                "X",
                "not known yet",
                null,
                null,
                kind,
                amount == null ? null : new BigDecimal(amount));
    }

    private static StoredLine line(int no, String kind, UUID person, String outcome, String amount) {
        return new StoredLine(no, kind, person, outcome, outcome + " line", BigDecimal.ONE, new BigDecimal(amount));
    }
}
