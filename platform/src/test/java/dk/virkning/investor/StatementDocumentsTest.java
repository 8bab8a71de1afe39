package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import dk.virkning.api.model.InvestorStatement;
import dk.virkning.api.model.OpenAmountAggregate;
import dk.virkning.api.model.OutcomeAggregate;
import dk.virkning.api.model.PendingKind;
import dk.virkning.api.model.Period;
import dk.virkning.program.ProgramId;
import dk.virkning.settlement.StatementAmounts;
import dk.virkning.settlement.StatementContent;
import dk.virkning.settlement.StatementLifecycle;
import dk.virkning.settlement.StatementPeriod;
import dk.virkning.settlement.StatementStatus;
import dk.virkning.settlement.StoredLine;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.snapshot.PluginIdentity;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementDocumentsTest {

    private static final UUID STATEMENT = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000001");

    @Test
    void csvQuotesEveryFieldAndKeepsCommasQuotesAndLineBreaksInside() throws Exception {
        String csv =
                StatementCsv.render(List.of("a", "b"), List.of(List.of("x, \"y\"", "line\nbreak"), List.of("æøå", "")));

        assertThat(csv).startsWith("\"a\",\"b\"\r\n").contains("\"x, \"\"y\"\"\"");
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            List<String[]> rows = reader.readAll();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).containsExactly("x, \"y\"", "line\nbreak");
            assertThat(rows.get(2)).containsExactly("æøå", "");
        }
    }

    @Test
    void theInvestorDocumentShowsSuppressedCellsAsSuppressedAndNamesTheFileSafely() throws Exception {
        InvestorStatement s = investorStatement();

        StatementDocument document = StatementDocuments.investorDocument(s);
        String text = pdfText(StatementPdf.render(document, List.of(1, 2)));

        assertThat(document.fileName()).isEqualTo("statement-holbaek-2024-Q1-1a2b3c4d");
        assertThat(text)
                .contains("Holbæk Kommune")
                .contains("NK1 – <mental> & \"sundhed\"")
                .contains("SAVINGS")
                .contains("12345.67")
                .contains("suppressed")
                .contains("Open at most, WEEKLY_PAYMENT (DKK)")
                .contains("280800.00 for 7 participants");
        assertThat(StatementDocuments.investorCsv(s))
                .contains("\"OUTCOME\",\"HIRED\",\"\",\"\",\"true\"")
                .contains("\"OUTCOME\",\"SAVINGS\",\"12345.67\",\"7\",\"false\"")
                .contains("\"OPEN\",\"WEEKLY_PAYMENT\",\"280800.00\",\"7\",\"false\"")
                .contains("\"OPEN\",\"BONUS\",\"\",\"\",\"true\"");
    }

    @Test
    void theFullDocumentListsEveryLine() throws Exception {
        UUID person = UUID.randomUUID();
        StatementDocuments.Full full = new StatementDocuments.Full(
                new StoredStatement(
                        STATEMENT,
                        "norddjurs",
                        new StatementContent(
                                new ProgramId(UUID.randomUUID()),
                                new StatementPeriod("2022-Q1", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)),
                                new PluginIdentity("sundinvest-nk1", "1.0.0", "a".repeat(64)),
                                "b".repeat(64),
                                null,
                                new StatementAmounts(
                                        new BigDecimal("18720.00"), new BigDecimal("0.00"), new BigDecimal("18720.00")),
                                1,
                                "c".repeat(64)),
                        new StatementLifecycle(
                                StatementStatus.ISSUED,
                                Instant.parse("2022-04-02T10:00:00Z"),
                                "admin",
                                Instant.parse("2022-04-02T10:00:00Z"),
                                "admin",
                                null,
                                null,
                                null)),
                "NK1",
                "Norddjurs Kommune",
                List.of(
                        new StoredLine(
                                1,
                                StoredLine.EARNED,
                                person,
                                "SAVINGS",
                                "0 benefit weeks",
                                new BigDecimal("13"),
                                new BigDecimal("18720.00")),
                        new StoredLine(2, StoredLine.PENDING, person, "SAVINGS", "39 weeks unknown", null, null)));

        String csv = StatementDocuments.fullCsv(full);
        String text = pdfText(StatementPdf.render(StatementDocuments.fullDocument(full), List.of(0, 5, 6)));

        assertThat(csv)
                .contains("\"STATEMENT\",\"\",\"\",\"due\",\"\",\"\",\"18720.00\"")
                .contains("\"EARNED\",\"1\",\"" + person + "\",\"SAVINGS\",\"0 benefit weeks\",\"13\",\"18720.00\"")
                .contains("\"PENDING\",\"2\",\"" + person + "\",\"SAVINGS\",\"39 weeks unknown\",\"\",\"\"");
        assertThat(text).contains("Norddjurs Kommune").contains("18720.00").contains("39 weeks unknown");
    }

    private static InvestorStatement investorStatement() {
        return new InvestorStatement()
                .id(STATEMENT)
                .municipalityId("holbaek")
                .municipalityName("Holbæk Kommune")
                .programId(UUID.randomUUID())
                .programName("NK1 – <mental> & \"sundhed\"")
                .period(new Period()
                        .label("2024-Q1")
                        .firstDay(LocalDate.of(2024, 1, 1))
                        .lastDay(LocalDate.of(2024, 3, 31))
                        .horizon("2024-W13"))
                .pluginId("sundinvest-nk1")
                .pluginVersion("1.0.0")
                .inputSha256("d".repeat(64))
                .statementHash("e".repeat(64))
                .earned("12345.67")
                .previouslySettled("0.00")
                .due("12345.67")
                .participants(7)
                .participantsSuppressed(false)
                .openAmounts(List.of(
                        new OpenAmountAggregate()
                                .kind(PendingKind.WEEKLY_PAYMENT)
                                .participants(7)
                                .amount("280800.00")
                                .unbounded(0)
                                .suppressed(false),
                        new OpenAmountAggregate().kind(PendingKind.BONUS).suppressed(true)))
                .outcomes(List.of(
                        new OutcomeAggregate()
                                .outcome("SAVINGS")
                                .participants(7)
                                .amount("12345.67")
                                .suppressed(false),
                        new OutcomeAggregate().outcome("HIRED").suppressed(true)))
                .issuedAt(OffsetDateTime.of(2024, 4, 2, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
