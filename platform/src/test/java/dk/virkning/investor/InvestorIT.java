package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.opencsv.CSVReader;
import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.CapitalTransaction;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Portfolio;
import dk.virkning.client.model.PortfolioProgram;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The investor view over HTTP across two municipalities: aggregated statements with cells under
 * five persons suppressed, the capital ledger, the portfolio figures against hand-computed values,
 * both downloads for investors and municipalities, and that no participant id ever reaches an
 * investor.
 *
 * <p>NK1 terms (DOMAIN.md 6.3): a participant's Q1 2024 line is 0.6 × (0.8 × 13 − benefit weeks) ×
 * 3000: 18720.00 with no benefit week, 11520.00 with four.
 */
class InvestorIT extends PlatformIT {

    @Autowired
    private DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String north;
    private String south;
    private Organisation investor;
    private Organisation coInvestor;
    private Organisation stranger;
    private Program large;
    private Program small;
    private Program strangers;
    private Statement largeQ1;
    private Statement smallQ1;
    private final List<Participant> participants = new ArrayList<>();

    @BeforeEach
    void world() throws Exception {
        north = scenario.municipality();
        south = scenario.municipality();
        Organisation provider = scenario.organisation(OrganisationType.PROVIDER);
        investor = scenario.organisation(OrganisationType.INVESTOR);
        coInvestor = scenario.organisation(OrganisationType.INVESTOR);
        stranger = scenario.organisation(OrganisationType.INVESTOR);
        // North: five participants, funded by the investor and a co-investor.
        large = scenario.nk1Program(north, provider, List.of(investor, coInvestor), 10);
        for (int i = 0; i < 5; i++) {
            participants.add(scenario.enroll(north, large, "01018" + i + "-100" + i, "2024-W01"));
        }
        // South: three participants (a cell under five), funded by the investor alone.
        small = scenario.nk1Program(south, provider, List.of(investor), 10);
        for (int i = 0; i < 3; i++) {
            participants.add(scenario.enroll(south, small, "02028" + i + "-200" + i, "2024-W01"));
        }
        strangers = scenario.nk1Program(south, provider, List.of(stranger), 10);
        // One participant in each program has four benefit weeks, the rest none.
        new RegisterApi(client(tokens.admin(north)))
                .importStatuses(north, large.getId(), "2024-W01", "2024-W13", benefitWeeks("010180-1000"));
        new RegisterApi(client(tokens.admin(south)))
                .importStatuses(south, small.getId(), "2024-W01", "2024-W13", benefitWeeks("020280-2000"));
        largeQ1 = new SettlementsApi(client(tokens.admin(north)))
                .runSettlement(
                        north,
                        large.getId(),
                        new SettlementRequest().period("2024-Q1").issue(true));
        smallQ1 = new SettlementsApi(client(tokens.admin(south)))
                .runSettlement(
                        south,
                        small.getId(),
                        new SettlementRequest().period("2024-Q1").issue(true));
    }

    @Test
    void statementsAreAggregatedAcrossMunicipalitiesAndSmallCellsSuppressed() throws Exception {
        // 11520.00 + 4 × 18720.00 = 86400.00; 11520.00 + 2 × 18720.00 = 48960.00
        assertThat(largeQ1.getDue()).isEqualTo("86400.00");
        assertThat(smallQ1.getDue()).isEqualTo("48960.00");

        List<InvestorStatement> seen = new InvestorApi(client(analyst(investor)))
                .listInvestorStatements(0, 50)
                .getItems();

        assertThat(seen).extracting(InvestorStatement::getMunicipalityId).containsExactlyInAnyOrder(north, south);
        InvestorStatement northern = only(seen, north);
        assertThat(northern.getParticipants()).isEqualTo(5);
        assertThat(northern.getStatus()).isEqualTo(dk.virkning.client.model.StatementStatus.ISSUED);
        assertThat(northern.getParticipantsSuppressed()).isFalse();
        assertThat(northern.getOutcomes()).singleElement().satisfies(o -> {
            assertThat(o.getOutcome()).isEqualTo("SAVINGS");
            assertThat(o.getParticipants()).isEqualTo(5);
            assertThat(o.getAmount()).isEqualTo("86400.00");
            assertThat(o.getSuppressed()).isFalse();
        });
        InvestorStatement southern = only(seen, south);
        assertThat(southern.getParticipants()).isNull();
        assertThat(southern.getParticipantsSuppressed()).isTrue();
        assertThat(southern.getOutcomes()).singleElement().satisfies(o -> {
            assertThat(o.getSuppressed()).isTrue();
            assertThat(o.getParticipants()).isNull();
            assertThat(o.getAmount()).isNull();
        });
        String raw = get("/api/v1/investor/statements", analyst(investor)).body();
        assertNoParticipantIn(raw);

        // The co-investor sees only the northern program; the stranger neither.
        assertThat(new InvestorApi(client(analyst(coInvestor)))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .extracting(InvestorStatement::getId)
                .containsExactly(largeQ1.getId());
        assertThat(new InvestorApi(client(analyst(stranger)))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .isEmpty();
    }

    @Test
    void thePortfolioAddsCapitalAndAttributedOutcomePaymentsAsHandComputed() throws Exception {
        String mine = analyst(investor);
        assertThat(record(mine, large, "DRAWDOWN", "2023-12-01", "150000.00", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(record(analyst(coInvestor), large, "DRAWDOWN", "2023-12-01", "50000", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(record(mine, large, "REPAYMENT", "2024-06-30", "20000", null).statusCode())
                .isEqualTo(201);
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "40000", null).statusCode())
                .isEqualTo(201);

        Portfolio portfolio = new InvestorPortfolioApi(client(mine)).getPortfolio();

        assertThat(portfolio.getInvestorId()).isEqualTo(investor.getId());
        assertThat(portfolio.getPrograms())
                .extracting(PortfolioProgram::getProgramId)
                .containsExactlyInAnyOrder(large.getId(), small.getId());
        // North: share 150000 / (150000 + 50000) = 0.75 of 86400.00 = 64800.00, dated 2024-03-31.
        PortfolioProgram northern = program(portfolio, large);
        assertThat(northern.getMunicipalityId()).isEqualTo(north);
        assertThat(northern.getAttributionShare()).isEqualTo("0.750000");
        assertThat(northern.getStatements()).isEqualTo(1);
        assertThat(northern.getFigures().getCapitalDrawn()).isEqualTo("150000.00");
        assertThat(northern.getFigures().getCapitalRepaid()).isEqualTo("20000.00");
        assertThat(northern.getFigures().getOutcomePayments()).isEqualTo("64800.00");
        assertThat(northern.getFigures().getNet()).isEqualTo("-65200.00");
        // (20000 + 64800) / 150000 = 0.565333…
        assertThat(northern.getFigures().getMoic()).isEqualTo("0.5653");
        double northIrr = Double.parseDouble(northern.getFigures().getIrr());
        assertThat(northIrr).isNegative();
        assertThat(npv(northIrr, flow("2023-12-01", -150000), flow("2024-03-31", 64800), flow("2024-06-30", 20000)))
                .isCloseTo(0.0, within(1.0));
        // South: sole investor, 48960.00 for 40000.00 drawn 90 days earlier.
        PortfolioProgram southern = program(portfolio, small);
        assertThat(southern.getAttributionShare()).isEqualTo("1.000000");
        assertThat(southern.getFigures().getOutcomePayments()).isEqualTo("48960.00");
        assertThat(southern.getFigures().getNet()).isEqualTo("8960.00");
        assertThat(southern.getFigures().getMoic()).isEqualTo("1.2240");
        double expected = Math.pow(48960.0 / 40000.0, 365.0 / 90.0) - 1;
        assertThat(Double.parseDouble(southern.getFigures().getIrr())).isCloseTo(expected, within(1e-6));
        // Totals: drawn 190000.00, repaid 20000.00, outcomes 113760.00, net -56240.00,
        // MOIC 133760 / 190000 = 0.704; XIRR over all four dated flows.
        assertThat(portfolio.getTotals().getCapitalDrawn()).isEqualTo("190000.00");
        assertThat(portfolio.getTotals().getCapitalRepaid()).isEqualTo("20000.00");
        assertThat(portfolio.getTotals().getOutcomePayments()).isEqualTo("113760.00");
        assertThat(portfolio.getTotals().getNet()).isEqualTo("-56240.00");
        assertThat(portfolio.getTotals().getMoic()).isEqualTo("0.7040");
        assertThat(npv(
                        Double.parseDouble(portfolio.getTotals().getIrr()),
                        flow("2023-12-01", -150000),
                        flow("2024-01-01", -40000),
                        flow("2024-03-31", 64800 + 48960),
                        flow("2024-06-30", 20000)))
                .isCloseTo(0.0, within(1.0));

        // The co-investor gets the other quarter: 21600.00 for 50000.00 drawn, MOIC 0.432.
        Portfolio theirs = new InvestorPortfolioApi(client(analyst(coInvestor))).getPortfolio();
        assertThat(theirs.getPrograms()).singleElement().satisfies(p -> {
            assertThat(p.getAttributionShare()).isEqualTo("0.250000");
            assertThat(p.getFigures().getOutcomePayments()).isEqualTo("21600.00");
            assertThat(p.getFigures().getMoic()).isEqualTo("0.4320");
        });
        assertNoParticipantIn(get("/api/v1/investor/portfolio", mine).body());
    }

    @Test
    void withoutCapitalTheRateIsUndefinedWithAReason() throws Exception {
        Portfolio portfolio = new InvestorPortfolioApi(client(analyst(investor))).getPortfolio();

        assertThat(portfolio.getTotals().getCapitalDrawn()).isEqualTo("0.00");
        // Half of the northern 86400.00 (see below) plus all of the southern 48960.00.
        assertThat(portfolio.getTotals().getOutcomePayments()).isEqualTo("92160.00");
        assertThat(portfolio.getTotals().getMoic()).isNull();
        assertThat(portfolio.getTotals().getIrr()).isNull();
        assertThat(portfolio.getTotals().getIrrUndefinedReason()).contains("No capital");
        // Two investors on the northern program, none has drawn: equal parts, 43200.00 each.
        assertThat(program(portfolio, large).getAttributionShare()).isEqualTo("0.500000");
        assertThat(program(portfolio, large).getFigures().getOutcomePayments()).isEqualTo("43200.00");
    }

    @Test
    void aRetryWithTheSameKeyOrIdRecordsNothingTwice() throws Exception {
        String mine = analyst(investor);
        HttpResponse<String> first = record(mine, small, "DRAWDOWN", "2024-01-01", "40000", "key-1");
        HttpResponse<String> again = record(mine, small, "DRAWDOWN", "2024-01-01", "40000.00", "key-1");
        HttpResponse<String> different = record(mine, small, "DRAWDOWN", "2024-01-01", "41000", "key-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(id(again.body())).isEqualTo(id(first.body()));
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(different.body()).contains("urn:virkning:problem:idempotency-key-reused");

        UUID clientId = UUID.randomUUID();
        String body = "{\"id\":\"" + clientId + "\",\"type\":\"REPAYMENT\",\"date\":\"2024-05-01\",\"amount\":\"500\"}";
        assertThat(post(capitalPath(small), mine, body, null).statusCode()).isEqualTo(201);
        HttpResponse<String> replay = post(capitalPath(small), mine, body, null);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(id(replay.body())).isEqualTo(clientId.toString());

        List<CapitalTransaction> ledger = new InvestorPortfolioApi(client(mine))
                .listCapitalTransactions(small.getId(), 0, 50)
                .getItems();
        assertThat(ledger).extracting(CapitalTransaction::getAmount).containsExactly("500.00", "40000.00");
        assertThat(ledger.get(1).getType().getValue()).isEqualTo("DRAWDOWN");
        assertThat(ledger.get(1).getMunicipalityId()).isEqualTo(south);
        assertThat(new InvestorPortfolioApi(client(mine))
                        .listCapitalTransactions(small.getId(), 1, 1)
                        .getPage()
                        .getTotalItems())
                .isEqualTo(2);
    }

    @Test
    void badCapitalTransactionsAreRefusedAndChangeNothing() throws Exception {
        String mine = analyst(investor);
        HttpResponse<String> negative = record(mine, small, "DRAWDOWN", "2024-01-01", "-5", null);
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("invalid-capital-transaction").contains("amount");
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "0", null).statusCode())
                .isEqualTo(422);
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "1.005", null).statusCode())
                .isBetween(400, 422);
        HttpResponse<String> future = record(mine, small, "DRAWDOWN", "2999-01-01", "5", null);
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("date");
        assertThat(record(mine, small, "LOAN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(400);
        assertThat(post(capitalPath(small), mine, "{\"type\":\"DRAWDOWN\"", null)
                        .statusCode())
                .isEqualTo(400);
        // An unknown program, and one the investor does not fund, do not exist for it.
        assertThat(post(
                                "/api/v1/investor/programs/" + UUID.randomUUID() + "/capital-transactions",
                                mine,
                                json("DRAWDOWN", "2024-01-01", "5"),
                                null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(record(mine, strangers, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(404);

        assertThat(new InvestorPortfolioApi(client(mine))
                        .listCapitalTransactions(small.getId(), 0, 50)
                        .getItems())
                .isEmpty();
    }

    @Test
    void otherInvestorsAndMunicipalStaffCannotReachTheLedgerOrTheDocuments() throws Exception {
        assertThat(record(analyst(investor), small, "DRAWDOWN", "2024-01-01", "1000", null)
                        .statusCode())
                .isEqualTo(201);
        String foreign = analyst(stranger);
        assertThat(get(capitalPath(small), foreign).statusCode()).isEqualTo(404);
        assertThat(record(foreign, small, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/pdf", foreign)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", foreign)
                        .statusCode())
                .isEqualTo(404);
        Portfolio theirs = new InvestorPortfolioApi(client(foreign)).getPortfolio();
        assertThat(theirs.getPrograms())
                .extracting(PortfolioProgram::getProgramId)
                .containsExactly(strangers.getId());
        assertThat(theirs.getTotals().getCapitalDrawn()).isEqualTo("0.00");

        // Municipal staff are no investors: 403 on every investor path.
        for (String token : List.of(tokens.caseworker(south), tokens.admin(south))) {
            assertThat(get("/api/v1/investor/portfolio", token).statusCode()).isEqualTo(403);
            assertThat(get(capitalPath(small), token).statusCode()).isEqualTo(403);
            assertThat(record(token, small, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                    .isEqualTo(403);
            assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", token)
                            .statusCode())
                    .isEqualTo(403);
        }
        // The full statement: not for the caseworker (403), not for another municipality (404),
        // not for an investor (404: investors never enter tenant paths).
        String full =
                "/api/v1/municipalities/" + south + "/programs/" + small.getId() + "/statements/" + smallQ1.getId();
        assertThat(get(full + "/csv", tokens.caseworker(south)).statusCode()).isEqualTo(403);
        assertThat(get(full + "/pdf", tokens.admin(north)).statusCode()).isEqualTo(404);
        assertThat(get(
                                "/api/v1/municipalities/" + north + "/programs/" + small.getId() + "/statements/"
                                        + smallQ1.getId() + "/csv",
                                tokens.admin(north))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(full + "/csv", analyst(investor)).statusCode()).isEqualTo(404);
        assertThat(get(full + "/csv", tokens.admin(south)).statusCode()).isEqualTo(200);
    }

    @Test
    void rowLevelSecurityKeepsTheLedgerInTheProgramsMunicipalityEvenForPlainSql() throws Exception {
        assertThat(record(analyst(investor), small, "DRAWDOWN", "2024-01-01", "1000", null)
                        .statusCode())
                .isEqualTo(201);

        assertThat(ledgerRowsSeenAs(north, small)).isZero();
        assertThat(ledgerRowsSeenAs(south, small)).isEqualTo(1);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SELECT set_config('virkning.tenant', '" + south + "', false)");
            var update = c.prepareStatement("UPDATE capital_transaction SET amount = 1 WHERE program_id = ?");
            update.setObject(1, small.getId());
            org.assertj.core.api.Assertions.assertThatThrownBy(update::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("insert-only");
        }
    }

    private int ledgerRowsSeenAs(String tenant, Program program) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SELECT set_config('virkning.tenant', '" + tenant + "', false)");
            var query = c.prepareStatement("SELECT count(*) FROM capital_transaction WHERE program_id = ?");
            query.setObject(1, program.getId());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void anInvestorDownloadsTheAggregatedStatementAsCsvAndPdf() throws Exception {
        String mine = analyst(investor);

        HttpResponse<byte[]> csv = download("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", mine);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename=\"statement-" + south + "-2024-Q1-")
                .endsWith(".csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<String[]> rows = parse(text);
        assertThat(rows.get(0)).containsExactly("section", "item", "value", "participants", "suppressed");
        assertThat(row(rows, "due")).containsExactly("STATEMENT", "due", "48960.00", "", "false");
        assertThat(row(rows, "participants")).containsExactly("STATEMENT", "participants", "", "", "true");
        assertThat(row(rows, "SAVINGS")).containsExactly("OUTCOME", "SAVINGS", "", "", "true");
        assertThat(row(rows, "program")[2]).isEqualTo("NK1 test");
        assertNoParticipantIn(text);

        List<String[]> northRows = parse(new String(
                download("/api/v1/investor/statements/" + largeQ1.getId() + "/csv", mine)
                        .body(),
                StandardCharsets.UTF_8));
        assertThat(row(northRows, "SAVINGS")).containsExactly("OUTCOME", "SAVINGS", "86400.00", "5", "false");
        assertThat(row(northRows, "participants")).containsExactly("STATEMENT", "participants", "", "5", "false");

        HttpResponse<byte[]> pdf = download("/api/v1/investor/statements/" + largeQ1.getId() + "/pdf", mine);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"statement-" + north + "-2024-Q1-")
                .endsWith(".pdf\"");
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText)
                .contains("NK1 test")
                .contains("2024-Q1")
                .contains("86400.00")
                .contains("SAVINGS")
                .contains(largeQ1.getStatementHash());
        assertNoParticipantIn(pdfText);
        String smallPdf = pdfText(download("/api/v1/investor/statements/" + smallQ1.getId() + "/pdf", mine)
                .body());
        assertThat(smallPdf).contains("48960.00").contains("suppressed").doesNotContain("11520.00");
        assertNoParticipantIn(smallPdf);
    }

    @Test
    void theMunicipalityDownloadsEveryLineWithPseudonymsOnly() throws Exception {
        String path =
                "/api/v1/municipalities/" + north + "/programs/" + large.getId() + "/statements/" + largeQ1.getId();

        HttpResponse<byte[]> csv = download(path + "/csv", tokens.admin(north));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"statement-" + north + "-2024-Q1-");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<String[]> rows = parse(text);
        assertThat(rows.get(0))
                .containsExactly("section", "lineNo", "participantId", "outcome", "description", "quantity", "amount");
        assertThat(rows)
                .filteredOn(r -> r[0].equals("STATEMENT") && r[3].equals("due"))
                .singleElement()
                .satisfies(r -> assertThat(r[6]).isEqualTo("86400.00"));
        List<String[]> earned = rows.stream().filter(r -> r[0].equals("EARNED")).toList();
        assertThat(earned)
                .extracting(r -> r[6])
                .containsExactlyInAnyOrder("11520.00", "18720.00", "18720.00", "18720.00", "18720.00");
        assertThat(earned)
                .extracting(r -> r[2])
                .containsExactlyInAnyOrderElementsOf(participants.subList(0, 5).stream()
                        .map(p -> p.getId().toString())
                        .toList());
        assertThat(text).doesNotContain("0101801000").doesNotContain("010180-1000");

        HttpResponse<byte[]> pdf = download(path + "/pdf", tokens.admin(north));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText).contains("86400.00").contains("11520.00").contains("NK1 test");
        assertThat(pdfText.split("18720\\.00", -1)).hasSize(5);
        assertThat(pdfText).doesNotContain("010180");
    }

    // --- helpers ---

    private String analyst(Organisation organisation) {
        return tokens.investorAnalyst(organisation.getId());
    }

    /** Four benefit weeks (2024-W01..W04) for one person; everyone else is self-supporting. */
    private static String benefitWeeks(String cpr) {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 4; w++) {
            csv.append(cpr).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        return csv.toString();
    }

    private static InvestorStatement only(List<InvestorStatement> statements, String municipality) {
        return statements.stream()
                .filter(s -> s.getMunicipalityId().equals(municipality))
                .findFirst()
                .orElseThrow();
    }

    private static PortfolioProgram program(Portfolio portfolio, Program program) {
        return portfolio.getPrograms().stream()
                .filter(p -> p.getProgramId().equals(program.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void assertNoParticipantIn(String text) {
        for (Participant p : participants) {
            assertThat(text).doesNotContain(p.getId().toString());
        }
    }

    private static String capitalPath(Program program) {
        return "/api/v1/investor/programs/" + program.getId() + "/capital-transactions";
    }

    private static String json(String type, String date, String amount) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"amount\":\"" + amount + "\",\"note\":\"test\"}";
    }

    private HttpResponse<String> record(
            String token, Program program, String type, String date, String amount, String idempotencyKey)
            throws Exception {
        return post(capitalPath(program), token, json(type, date, amount), idempotencyKey);
    }

    private HttpResponse<String> post(String path, String token, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String id(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, at + 36);
    }

    private static List<String[]> parse(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }

    private static String[] row(List<String[]> rows, String item) {
        return rows.stream().filter(r -> r[1].equals(item)).findFirst().orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private record Flow(LocalDate date, double amount) {}

    private static Flow flow(String date, double amount) {
        return new Flow(LocalDate.parse(date), amount);
    }

    /** Σ a_i / (1 + r)^(days_i / 365), days counted from the first flow, as XIRR defines it. */
    private static double npv(double rate, Flow... flows) {
        double sum = 0;
        for (Flow f : flows) {
            sum += f.amount() / Math.pow(1 + rate, ChronoUnit.DAYS.between(flows[0].date(), f.date()) / 365.0);
        }
        return sum;
    }
}
