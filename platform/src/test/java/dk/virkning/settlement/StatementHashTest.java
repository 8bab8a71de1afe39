package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.program.ProgramId;
import dk.virkning.snapshot.PluginIdentity;
import dk.virkning.spi.PendingKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementHashTest {

    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final String PREVIOUS = "11".repeat(32);

    @Test
    void theHashIsTheCodecsHashOverTheSameFieldsAsBefore() {
        // The header the positional record used to pass, field by field: hashes must not change.
        String codec = dk.virkning.snapshot.StatementHash.of(
                new dk.virkning.snapshot.StatementHash.Header(
                        PROGRAM.toString(),
                        "2024-Q2",
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 6, 30),
                        new PluginIdentity("sundinvest-nk1", "1.0.0", "ab".repeat(32)),
                        "cd".repeat(32),
                        new BigDecimal("9000.00"),
                        new BigDecimal("6000.00"),
                        new BigDecimal("3000.00"),
                        PREVIOUS),
                List.of(
                        new dk.virkning.snapshot.StatementHash.Line(
                                1,
                                "EARNED",
                                PERSON.toString(),
                                "HIRED",
                                "hired in week 12",
                                BigDecimal.ONE,
                                new BigDecimal("3000.00")),
                        new dk.virkning.snapshot.StatementHash.Line(
                                2, "PENDING", PERSON.toString(), "STAYED", "weeks 13-20 unknown", null, null)));

        assertThat(StatementHash.of(statement(), lines())).isEqualTo(codec);
    }

    @Test
    void aStatementWithoutPendingKindsHashesAsStatementsIssuedBeforeKindsExisted() {
        // Computed with the code before plugin API 1.1 over this very statement: its hash must stay.
        assertThat(StatementHash.of(statement(), lines()))
                .isEqualTo("c8c0886709a29c93d1f3c1e7a4e88cfb5abbb4d5046e84918d6dfe04f7688c39");
    }

    @Test
    void aPendingLinesKindAndOpenAmountArePartOfTheHash() {
        String base = StatementHash.of(statement(), lines());
        String bonus = StatementHash.of(statement(), List.of(lines().get(0), pending(PendingKind.BONUS, null)));
        String bonusAtMost = StatementHash.of(
                statement(), List.of(lines().get(0), pending(PendingKind.BONUS, new BigDecimal("500.00"))));
        String weekly = StatementHash.of(
                statement(), List.of(lines().get(0), pending(PendingKind.WEEKLY_PAYMENT, new BigDecimal("500.00"))));

        assertThat(List.of(base, bonus, bonusAtMost, weekly)).doesNotHaveDuplicates();
    }

    @Test
    void aPendingOutcomeMadeWithTheApi10ConstructorRecordsNoKind() {
        assertThat(dk.virkning.snapshot.StatementHash.recordedKind(
                        new dk.virkning.spi.PendingOutcome("p", "O1", "not known yet")))
                .isNull();
        assertThat(dk.virkning.snapshot.StatementHash.recordedKind(new dk.virkning.spi.PendingOutcome(
                        "p", "O1", "not known yet", PendingKind.UNSPECIFIED, BigDecimal.TEN)))
                .isEqualTo("UNSPECIFIED");
        assertThat(dk.virkning.snapshot.StatementHash.recordedKind(
                        new dk.virkning.spi.PendingOutcome("p", "O1", "not known yet", PendingKind.BONUS)))
                .isEqualTo("BONUS");
    }

    @Test
    void theSameStatementAndLinesGiveTheSameHash() {
        assertThat(StatementHash.of(statement(), lines())).isEqualTo(StatementHash.of(statement(), lines()));
        assertThat(StatementHash.of(statement(), lines())).matches("[0-9a-f]{64}");
    }

    @Test
    void changingTheDueAmountChangesTheHash() {
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement(new BigDecimal("6000.00"), PREVIOUS), lines()))
                .isNotEqualTo(base);
    }

    @Test
    void changingALineAmountChangesTheHash() {
        String base = StatementHash.of(statement(), lines());
        List<StoredLine> changed = List.of(
                new StoredLine(
                        1,
                        StoredLine.EARNED,
                        PERSON,
                        "HIRED",
                        "hired in week 12",
                        BigDecimal.ONE,
                        new BigDecimal("3000.01")),
                pending());

        assertThat(StatementHash.of(statement(), changed)).isNotEqualTo(base);
    }

    @Test
    void changingThePreviousHashChangesTheHash() {
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement(new BigDecimal("3000.00"), "22".repeat(32)), lines()))
                .isNotEqualTo(base);
        assertThat(StatementHash.of(statement(new BigDecimal("3000.00"), null), lines()))
                .isNotEqualTo(base);
    }

    @Test
    void aLineMoreOrLessChangesTheHash() {
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement(), List.of(lines().get(0)))).isNotEqualTo(base);
    }

    @Test
    void theInputHashIsPartOfTheStatementHash() {
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement().recomputed("ff".repeat(32), new BigDecimal("9000.00")), lines()))
                .isNotEqualTo(base);
    }

    @Test
    void theStatementHashDoesNotDependOnItself() {
        // The hash is computed before it is known.
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement().withStatementHash("ee".repeat(32)), lines()))
                .isEqualTo(base);
    }

    @Test
    void recomputingWithTheSameInputAndEarnedAmountReproducesTheHash() {
        StatementContent issued = statement();

        assertThat(StatementHash.of(
                        issued.recomputed(issued.inputSha256(), issued.amounts().earned()), lines()))
                .isEqualTo(StatementHash.of(issued, lines()));
    }

    private static StatementContent statement() {
        return statement(new BigDecimal("3000.00"), PREVIOUS);
    }

    /** The status and who decided what are the lifecycle's, no part of the content the hash covers. */
    private static StatementContent statement(BigDecimal due, String previousHash) {
        return new StatementContent(
                PROGRAM,
                new StatementPeriod("2024-Q2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
                new PluginIdentity("sundinvest-nk1", "1.0.0", "ab".repeat(32)),
                "cd".repeat(32),
                new StatementLink(UUID.fromString("00000000-0000-0000-0000-000000000000"), previousHash),
                new StatementAmounts(new BigDecimal("9000.00"), new BigDecimal("6000.00"), due),
                3,
                "");
    }

    private static List<StoredLine> lines() {
        return List.of(
                new StoredLine(
                        1,
                        StoredLine.EARNED,
                        PERSON,
                        "HIRED",
                        "hired in week 12",
                        BigDecimal.ONE,
                        new BigDecimal("3000.00")),
                pending());
    }

    private static StoredLine pending() {
        return new StoredLine(2, StoredLine.PENDING, PERSON, "STAYED", "weeks 13-20 unknown", null, null);
    }

    private static StoredLine pending(PendingKind kind, BigDecimal open) {
        return new StoredLine(2, StoredLine.PENDING, PERSON, "STAYED", "weeks 13-20 unknown", null, null, kind, open);
    }
}
