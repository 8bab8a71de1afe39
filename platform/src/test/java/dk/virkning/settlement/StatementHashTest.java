package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.program.ProgramId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementHashTest {

    private static final UUID STATEMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final String PREVIOUS = "11".repeat(32);

    @Test
    void theSameStatementAndLinesGiveTheSameHash() {
        assertThat(StatementHash.of(statement(), lines())).isEqualTo(StatementHash.of(statement(), lines()));
        assertThat(StatementHash.of(statement(), lines())).matches("[0-9a-f]{64}");
    }

    @Test
    void changingTheDueAmountChangesTheHash() {
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement(new BigDecimal("6000.00"), PREVIOUS, "ISSUED"), lines()))
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

        assertThat(StatementHash.of(statement(new BigDecimal("3000.00"), "22".repeat(32), "ISSUED"), lines()))
                .isNotEqualTo(base);
        assertThat(StatementHash.of(statement(new BigDecimal("3000.00"), null, "ISSUED"), lines()))
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
    void theStatementHashDoesNotDependOnItselfOrOnTheWorkflowStatus() {
        // The hash is computed before it is known and must survive approval or dispute.
        String base = StatementHash.of(statement(), lines());

        assertThat(StatementHash.of(statement().withStatementHash("ee".repeat(32)), lines()))
                .isEqualTo(base);
        assertThat(StatementHash.of(statement(new BigDecimal("3000.00"), PREVIOUS, "APPROVED"), lines()))
                .isEqualTo(base);
    }

    @Test
    void recomputingWithTheSameInputAndEarnedAmountReproducesTheHash() {
        StoredStatement issued = statement();

        assertThat(StatementHash.of(issued.recomputed(issued.inputSha256(), issued.earned()), lines()))
                .isEqualTo(StatementHash.of(issued, lines()));
    }

    private static StoredStatement statement() {
        return statement(new BigDecimal("3000.00"), PREVIOUS, "ISSUED");
    }

    private static StoredStatement statement(BigDecimal due, String previousHash, String status) {
        return new StoredStatement(
                STATEMENT,
                PROGRAM,
                "0766",
                "2024-Q2",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 30),
                status,
                "sundinvest-nk1",
                "1.0.0",
                "ab".repeat(32),
                "cd".repeat(32),
                UUID.fromString("00000000-0000-0000-0000-000000000000"),
                previousHash,
                "",
                new BigDecimal("9000.00"),
                new BigDecimal("6000.00"),
                due,
                3,
                Instant.parse("2024-07-01T09:00:00Z"),
                "admin",
                Instant.parse("2024-07-02T10:00:00Z"),
                "caseworker",
                null,
                null,
                null);
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
}
