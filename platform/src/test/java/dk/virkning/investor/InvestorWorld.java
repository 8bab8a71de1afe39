package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The world of the investor tests and their helpers: two municipalities, an investor funding a
 * program in each (one shared with a co-investor), a stranger investor, and the 2024-Q1 statements.
 *
 * <p>NK1 terms (DOMAIN.md 6.3): a participant's Q1 2024 line is 0.6 × (0.8 × 13 − benefit weeks) ×
 * 3000: 18720.00 with no benefit week, 11520.00 with four.
 */
abstract class InvestorWorld extends PlatformIT {

    @Autowired
    DataSource dataSource;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String north;
    String south;
    Organisation investor;
    Organisation coInvestor;
    Organisation stranger;
    Program large;
    Program small;
    Program strangers;
    Statement largeQ1;
    Statement smallQ1;
    final List<Participant> participants = new ArrayList<>();

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
                .importStatuses(north, large.getId(), "2024-W01", "2024-W13", benefitWeeks("01018", "-100", 5));
        new RegisterApi(client(tokens.admin(south)))
                .importStatuses(south, small.getId(), "2024-W01", "2024-W13", benefitWeeks("02028", "-200", 3));
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

    String analyst(Organisation organisation) {
        return tokens.investorAnalyst(organisation.getId());
    }

    /**
     * Four benefit weeks (2024-W01..W04) for the first of {@code persons} enrolled CPR numbers
     * ({@code prefix + i + infix + i}); the others are listed as covered, so self-supporting.
     */
    static String benefitWeeks(String prefix, String infix, int persons) {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 4; w++) {
            csv.append(prefix + 0 + infix + 0).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        for (int i = 1; i < persons; i++) {
            csv.append(prefix + i + infix + i).append(",,\n");
        }
        return csv.toString();
    }

    static InvestorStatement only(List<InvestorStatement> statements, String municipality) {
        return statements.stream()
                .filter(s -> s.getMunicipalityId().equals(municipality))
                .findFirst()
                .orElseThrow();
    }

    static PortfolioProgram program(Portfolio portfolio, Program program) {
        return portfolio.getPrograms().stream()
                .filter(p -> p.getProgramId().equals(program.getId()))
                .findFirst()
                .orElseThrow();
    }

    void assertNoParticipantIn(String text) {
        for (Participant p : participants) {
            assertThat(text).doesNotContain(p.getId().toString());
        }
    }

    static String capitalPath(Program program) {
        return "/api/v1/investor/programs/" + program.getId() + "/capital-transactions";
    }

    static String json(String type, String date, String amount) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"amount\":\"" + amount + "\",\"note\":\"test\"}";
    }

    HttpResponse<String> record(
            String token, Program program, String type, String date, String amount, String idempotencyKey)
            throws Exception {
        return post(capitalPath(program), token, json(type, date, amount), idempotencyKey);
    }

    HttpResponse<String> post(String path, String token, String body, String idempotencyKey) throws Exception {
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

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    HttpResponse<byte[]> download(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String id(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, at + 36);
    }

    static List<String[]> parse(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }

    static String[] row(List<String[]> rows, String item) {
        return rows.stream().filter(r -> r[1].equals(item)).findFirst().orElseThrow();
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    record Flow(LocalDate date, double amount) {}

    static Flow flow(String date, double amount) {
        return new Flow(LocalDate.parse(date), amount);
    }

    /** Σ a_i / (1 + r)^(days_i / 365), days counted from the first flow, as XIRR defines it. */
    static double npv(double rate, Flow... flows) {
        double sum = 0;
        for (Flow f : flows) {
            sum += f.amount() / Math.pow(1 + rate, ChronoUnit.DAYS.between(flows[0].date(), f.date()) / 365.0);
        }
        return sum;
    }
}
