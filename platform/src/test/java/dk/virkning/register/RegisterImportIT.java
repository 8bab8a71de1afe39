package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.CoverageScope;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatusImportReport;
import dk.virkning.support.PlatformIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The streaming register import through the API: wide and long files, every kind of bad input
 * (refused whole, each bad line named, nothing written), idempotency, tenant isolation, and a
 * correction that flows into the next settlement statement.
 */
class RegisterImportIT extends PlatformIT {

    private static final String ANNA = "0101901111";
    private static final String BO = "0202902222";
    private static final String STRANGER = "0303903333";
    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    @Autowired
    private DataSource dataSource;

    @Autowired
    private RequestMappingHandlerAdapter mvc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String municipality;
    private Program program;
    private UUID annaId;
    private UUID boId;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        annaId = scenario.enroll(municipality, program, ANNA, "2024-W01").getId();
        boId = scenario.enroll(municipality, program, BO, "2024-W03").getId();
        new RegisterApi(client(tokens.admin(municipality), java.util.Map.of("If-Match", "*")))
                .putRegisterCodeMapping(
                        municipality,
                        new RegisterCodeMapping()
                                .codes(List.of(
                                        new RegisterCode().sourceCode("SDP").status("SICKNESS_BENEFIT"),
                                        new RegisterCode().sourceCode("KTH").status("CASH_BENEFIT"))));
    }

    @Test
    void aWideFileWritesEveryCoveredWeekFromEachStartWithEmptyCellsSelfSupporting() throws Exception {
        HttpResponse<String> r = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W06",
                "cpr,y_2401,y_2402,y_2403,y_2404\n" + ANNA + ",SDP,SDP,,KTH\n" + BO + ",,,SDP,\n");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        StatusImportReport report = JSON.readValue(r.body(), StatusImportReport.class);
        assertThat(report.getFormat()).isEqualTo("WIDE");
        assertThat(report.getRows()).isEqualTo(2);
        assertThat(report.getCoverageScope()).isEqualTo(CoverageScope.LISTED);
        assertThat(report.getPersonsCovered()).isEqualTo(2);
        assertThat(report.getPersonWeeks()).isEqualTo(6 + 4);
        assertThat(report.getPersonsChanged()).isEqualTo(2);
        assertThat(report.getChangedWeeks()).isEqualTo(10);
        assertThat(report.getBadRowCount()).isZero();
        assertThat(report.getBadRows()).isEmpty();
        assertThat(report.getContentSha256()).hasSize(64);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/status-imports/" + report.getId()));
        assertThat(weeks())
                .containsExactlyEntriesOf(sorted(Map.of(
                        "anna 2024-01-01", "SICKNESS_BENEFIT",
                        "anna 2024-01-08", "SICKNESS_BENEFIT",
                        "anna 2024-01-15", "SELF_SUPPORTING",
                        "anna 2024-01-22", "CASH_BENEFIT",
                        "anna 2024-01-29", "SELF_SUPPORTING",
                        "anna 2024-02-05", "SELF_SUPPORTING",
                        "bo 2024-01-15", "SICKNESS_BENEFIT",
                        "bo 2024-01-22", "SELF_SUPPORTING",
                        "bo 2024-01-29", "SELF_SUPPORTING",
                        "bo 2024-02-05", "SELF_SUPPORTING")));
        StatusImportReport again = new RegisterApi(client(tokens.admin(municipality)))
                .getStatusImportReport(municipality, program.getId(), report.getId());
        assertThat(again.getChangedWeeks()).isEqualTo(10);
        assertThat(again.getFormat()).isEqualTo("WIDE");
        assertThat(again.getContentSha256()).isEqualTo(report.getContentSha256());
    }

    @Test
    void anUploadReachesTheImportAsAStreamNotABufferedByteArray() {
        HttpMessageConverter<?> chosen = mvc.getMessageConverters().stream()
                .filter(c -> c.canRead(Resource.class, MediaType.parseMediaType("text/csv; charset=UTF-8")))
                .findFirst()
                .orElseThrow();
        assertThat(chosen).isInstanceOf(StreamingCsvBodyConverter.class);
    }

    @Test
    void aLongFileStreamsTooAndALaterImportCountsOnlyTheWeeksItChanged() throws Exception {
        HttpResponse<String> first = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W04&format=LONG",
                "cpr,week,code\n" + ANNA + ",2024-W02,SDP\n" + BO + ",,\n");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        StatusImportReport one = JSON.readValue(first.body(), StatusImportReport.class);
        assertThat(one.getFormat()).isEqualTo("LONG");
        assertThat(one.getPersonsCovered()).isEqualTo(2);
        assertThat(one.getPersonWeeks()).isEqualTo(4 + 2);
        assertThat(one.getChangedWeeks()).isEqualTo(6);

        HttpResponse<String> second =
                upload("coverageFrom=2024-W01&coverageTo=2024-W04", "cpr,week,code\n" + ANNA + ",2024-W03,SDP\n");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        StatusImportReport two = JSON.readValue(second.body(), StatusImportReport.class);
        assertThat(two.getPersonsCovered()).as("only Anna is listed").isEqualTo(1);
        assertThat(two.getPersonWeeks()).isEqualTo(4);
        assertThat(two.getPersonsChanged()).isEqualTo(1);
        assertThat(two.getChangedWeeks())
                .as("W02 back to self-supporting, W03 on benefit")
                .isEqualTo(2);
        assertThat(weeks())
                .containsEntry("anna 2024-01-08", "SELF_SUPPORTING")
                .containsEntry("anna 2024-01-15", "SICKNESS_BENEFIT")
                .hasSize(6);
    }

    @Test
    void theSameFileTwiceIsANoOpThatReportsTheFirstImport() throws Exception {
        String file = "cpr,y_2401,y_2402\n" + ANNA + ",SDP,\n" + BO + ",,\n";
        HttpResponse<String> first = upload("coverageFrom=2024-W01&coverageTo=2024-W02", file);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        Map<String, String> before = weeksWithImport();

        HttpResponse<String> second = upload("coverageFrom=2024-W01&coverageTo=2024-W02", file);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(JSON.readValue(second.body(), StatusImportReport.class).getId())
                .isEqualTo(
                        JSON.readValue(first.body(), StatusImportReport.class).getId());
        assertThat(weeksWithImport()).isEqualTo(before);
        assertThat(importCount()).isEqualTo(1);
        // The same bytes with another coverage are another import.
        assertThat(upload("coverageFrom=2024-W01&coverageTo=2024-W03", file).statusCode())
                .isEqualTo(201);
    }

    static Stream<Arguments> badFiles() {
        String wide = "cpr,y_2401,y_2402\n";
        String lng = "cpr,week,code\n";
        return Stream.of(
                Arguments.of(
                        "unknown code (wide)",
                        bytes(wide + ANNA + ",SDP,\n" + BO + ",,XYZ\n"),
                        3,
                        "unknown code 'XYZ'"),
                Arguments.of("unknown code (long)", bytes(lng + ANNA + ",2024-W01,XYZ\n"), 2, "unknown code 'XYZ'"),
                Arguments.of(
                        "week outside coverage (wide)",
                        bytes("cpr,y_2401,y_2409\n" + ANNA + ",SDP,\n"),
                        1,
                        "outside the declared coverage"),
                Arguments.of(
                        "week outside coverage (long)",
                        bytes(lng + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W09,SDP\n"),
                        3,
                        "outside the declared coverage"),
                Arguments.of(
                        "malformed week (wide)", bytes("cpr,y_2401,y_24x2\n" + ANNA + ",,\n"), 1, "not a week column"),
                Arguments.of("malformed week (long)", bytes(lng + ANNA + ",2024-5,SDP\n"), 2, "not an ISO week"),
                Arguments.of(
                        "person not in the program (wide)",
                        bytes(wide + ANNA + ",,\n" + STRANGER + ",SDP,\n"),
                        3,
                        "not a participant"),
                Arguments.of(
                        "person not in the program (long)",
                        bytes(lng + STRANGER + ",2024-W01,SDP\n"),
                        2,
                        "not a participant"),
                Arguments.of(
                        "duplicate row (wide)",
                        bytes(wide + ANNA + ",SDP,\n" + BO + ",,\n" + ANNA + ",,\n"),
                        4,
                        "duplicate row"),
                Arguments.of(
                        "duplicate row (long)",
                        bytes(lng + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W01,KTH\n"),
                        3,
                        "duplicate row"),
                Arguments.of(
                        "encoding error",
                        concat(bytes(wide + ANNA + ",SDP,\n" + BO + ",K"), new byte[] {(byte) 0xC3, '(', ',', '\n'}),
                        3,
                        "not valid UTF-8"),
                Arguments.of("wrong field count", bytes(wide + ANNA + ",SDP\n"), 2, "expected 3 fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsBadLineAndWritesNothing(String name, byte[] file, int line, String reason)
            throws Exception {
        HttpResponse<String> good =
                upload("coverageFrom=2024-W01&coverageTo=2024-W04", "cpr,y_2401\n" + ANNA + ",KTH\n");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        Map<String, String> before = weeksWithImport();

        HttpResponse<String> r = upload("coverageFrom=2024-W01&coverageTo=2024-W04", file);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:virkning:problem:invalid-import");
        assertThat(problem.get("detail").asText()).contains("1 bad line").contains("nothing was imported");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("line").asLong()).isEqualTo(line);
        assertThat(problem.get("errors").get(0).get("message").asText()).contains(reason);
        assertThat(r.body()).doesNotContain(STRANGER).doesNotContain(ANNA);
        assertThat(weeksWithImport()).isEqualTo(before);
        assertThat(importCount()).isEqualTo(1);
    }

    @Test
    void everyBadLineOfAFileIsReportedWithItsColumn() throws Exception {
        HttpResponse<String> r = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W04",
                "cpr,y_2401,y_2402\n" + ANNA + ",XX,YY\n" + STRANGER + ",,\n" + ANNA + ",,\n");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("y_2401");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("y_2402");
        assertThat(errors.get(2).get("line").asLong()).isEqualTo(3);
        assertThat(errors.get(3).get("line").asLong()).isEqualTo(4);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("3 bad line");
        assertThat(importCount()).isZero();
        assertThat(weeks()).isEmpty();
    }

    @Test
    void anotherMunicipalitySeesNothingOfTheImports() throws Exception {
        HttpResponse<String> r = upload("coverageFrom=2024-W01&coverageTo=2024-W02", "cpr,y_2401\n" + ANNA + ",SDP\n");
        UUID importId = JSON.readValue(r.body(), StatusImportReport.class).getId();
        String other = scenario.municipality();
        String otherAdmin = tokens.admin(other);
        String home = "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/status-imports";
        String foreign = "/api/v1/municipalities/" + other + "/programs/" + program.getId() + "/status-imports";

        assertThat(send("GET", home + "/" + importId + "/report", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", foreign + "/" + importId + "/report", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(
                                foreign + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02",
                                otherAdmin,
                                bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(home + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02", otherAdmin, bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(404);
        // A caseworker of the municipality may not import.
        assertThat(upload(
                                home + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02",
                                tokens.caseworker(municipality),
                                bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(importCount()).isEqualTo(1);
    }

    @Test
    void aCorrectionOfEarlierWeeksShowsInTheNextStatementAsACredit() throws Exception {
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(municipality)));
        // Q1 for Anna: 4 benefit weeks, then 9 self-supporting. Bo: self-supporting from W03 (11 weeks).
        // NK1: (9*0.8 - 4*0.2 + 11*0.8) * 3000 * 0.6 = 27360.00
        StringBuilder q1 = new StringBuilder("cpr");
        for (int w = 1; w <= 13; w++) {
            q1.append(String.format(",y_24%02d", w));
        }
        String header = q1.toString();
        q1.append('\n')
                .append(ANNA)
                .append(",SDP,SDP,SDP,SDP")
                .append(",".repeat(9))
                .append('\n')
                .append(BO)
                .append(",".repeat(13))
                .append('\n');
        assertThat(upload("coverageFrom=2024-W01&coverageTo=2024-W13", q1.toString())
                        .statusCode())
                .isEqualTo(201);
        Statement first = settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(first.getEarned()).isEqualTo("27360.00");

        // The register corrects Q1: Bo was on sickness benefit in W03..W13 (Anna's row is as before).
        StringBuilder correction = new StringBuilder(header).append('\n');
        correction.append(ANNA).append(",SDP,SDP,SDP,SDP").append(",".repeat(9)).append('\n');
        correction.append(BO).append(",,").append(",SDP".repeat(11)).append('\n');
        HttpResponse<String> corrected = upload("coverageFrom=2024-W01&coverageTo=2024-W13", correction.toString());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        StatusImportReport report = JSON.readValue(corrected.body(), StatusImportReport.class);
        assertThat(report.getChangedWeeks()).as("Bo's 11 weeks, none of Anna's").isEqualTo(11);
        // Q2: both on benefit all quarter.
        StringBuilder q2 = new StringBuilder("cpr");
        for (int w = 14; w <= 26; w++) {
            q2.append(String.format(",y_24%02d", w));
        }
        q2.append('\n').append(ANNA).append(",SDP".repeat(13)).append('\n');
        q2.append(BO).append(",SDP".repeat(13)).append('\n');
        assertThat(upload("coverageFrom=2024-W14&coverageTo=2024-W26", q2.toString())
                        .statusCode())
                .isEqualTo(201);
        Statement second = settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q2").issue(true));

        // Cumulative to Q2: Anna 9*0.8 - 17*0.2 = 3.8; Bo (corrected) -24*0.2 = -4.8; total -1.0,
        // floored at 0.00. Without the correction Bo would give 11*0.8 - 13*0.2 = 6.2 and Q2 would
        // earn 10 * 1800 = 18000.00: the corrected Q1 weeks are what the next statement sees.
        assertThat(second.getEarned()).isEqualTo("0.00");
        assertThat(second.getPreviouslySettled()).isEqualTo("27360.00");
        assertThat(second.getDue()).isEqualTo("-27360.00");
        assertThat(second.getPreviousStatementId()).isEqualTo(first.getId());
    }

    private HttpResponse<String> upload(String query, String body) throws Exception {
        return upload(query, bytes(body));
    }

    private HttpResponse<String> upload(String query, byte[] body) throws Exception {
        return upload(
                "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/status-imports/upload?"
                        + query,
                tokens.admin(municipality),
                body);
    }

    private HttpResponse<String> upload(String path, String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return new TreeMap<>(map);
    }

    /** The program's weekly statuses, keyed "anna|bo monday". */
    private Map<String, String> weeks() throws Exception {
        return query(false);
    }

    /** As {@link #weeks()}, with the import that set each week. */
    private Map<String, String> weeksWithImport() throws Exception {
        return query(true);
    }

    private Map<String, String> query(boolean withImport) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SELECT set_config('virkning.tenant', '" + municipality + "', false)");
            var q = c.prepareStatement(
                    "SELECT participant_id, week, status, import_id FROM weekly_status WHERE program_id = ?");
            q.setObject(1, program.getId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID participant = rs.getObject(1, UUID.class);
                    String who = participant.equals(annaId) ? "anna" : participant.equals(boId) ? "bo" : "?";
                    out.put(
                            who + " " + rs.getDate(2).toLocalDate(),
                            rs.getString(3) + (withImport ? " " + rs.getString(4) : ""));
                }
            }
        }
        return out;
    }

    private int importCount() throws Exception {
        return new RegisterApi(client(tokens.admin(municipality)))
                .listStatusImports(municipality, program.getId(), 0, 50)
                .getItems()
                .size();
    }
}
