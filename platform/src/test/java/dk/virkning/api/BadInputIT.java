package dk.virkning.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a 4xx problem detail that says what is wrong, and changes nothing. No response ever
 * carries a stack trace, SQL or a class name.
 */
class BadInputIT extends PlatformIT {

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|org\\.|java\\.|tools\\.jackson|SELECT |INSERT |dk\\.virkning\\.");

    private static final String TERMS = "{\"baselineBenefitShare\":0.8,\"weeklyNetCost\":3000,"
            + "\"measurementWeeks\":52,\"savingsShare\":0.6,\"maxTotalPayment\":2000000}";

    private String municipality;
    private Organisation provider;
    private Program program;
    private String programs;
    private String one;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        provider = scenario.organisation(OrganisationType.PROVIDER);
        program = scenario.nk1Program(municipality, provider, List.of(), 2);
        programs = "/api/v1/municipalities/" + municipality + "/programs";
        one = programs + "/" + program.getId();
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> r = send("POST", programs, tokens.admin(municipality), "application/json", "{\"name\": ");
        assertProblem(r, 400, "not valid JSON");
    }

    @Test
    void unknownFieldsAreRefused() throws Exception {
        HttpResponse<String> r = send(
                "POST",
                one + "/statements",
                tokens.admin(municipality),
                "application/json",
                "{\"period\":\"2024-Q1\",\"force\":true}");
        assertProblem(r, 400, "Unknown field 'force'");
    }

    @Test
    void wrongTypesAreRefused() throws Exception {
        HttpResponse<String> r = send(
                "POST",
                programs,
                tokens.admin(municipality),
                "application/json",
                programJson(provider.getId().toString(), Scenario.FIRST_PARTY_VERSION, "{}", "\"many\""));
        assertProblem(r, 400, "capacity");
    }

    @Test
    void explicitNullsAreRefusedByNameNotServerErrors() throws Exception {
        String body = "{\"name\":\"x\",\"providerId\":\"" + provider.getId() + "\",\"investorIds\":null,"
                + "\"pluginId\":\"sundinvest-nk1\",\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                + "\",\"terms\":null,"
                + "\"startDate\":\"2024-01-01\",\"capacity\":5}";
        assertProblem(
                send("POST", programs, tokens.admin(municipality), "application/json", body),
                400,
                "'investorIds' may not be null");
        body = body.replace("\"investorIds\":null,", "");
        assertProblem(send("POST", programs, tokens.admin(municipality), "application/json", body), 400, "terms");
        HttpResponse<String> created = send(
                "POST",
                programs,
                tokens.admin(municipality),
                "application/json",
                body.replace("\"terms\":null", "\"terms\":" + TERMS));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"investorIds\":[]");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        HttpResponse<String> r = send("POST", programs, tokens.admin(municipality), "application/json", "{}");
        assertProblem(r, 400, "name");
        assertThat(r.body()).contains("providerId").contains("capacity");
    }

    @Test
    void termsThatFailThePluginsSchemaAreRefusedAndNothingIsCreated() throws Exception {
        int before = programCount();
        HttpResponse<String> r = send(
                "POST",
                programs,
                tokens.admin(municipality),
                "application/json",
                programJson(provider.getId().toString(), Scenario.FIRST_PARTY_VERSION, "{\"savingsShare\":1.5}", "5"));
        assertProblem(r, 422, "schema");
        assertThat(r.body()).contains("terms");
        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void anUnknownPluginVersionOrProviderIsRefused() throws Exception {
        HttpResponse<String> r = send(
                "POST",
                programs,
                tokens.admin(municipality),
                "application/json",
                programJson(provider.getId().toString(), "9.9.9", "{}", "5"));
        assertProblem(r, 422, "not installed");
        HttpResponse<String> r2 = send(
                "POST",
                programs,
                tokens.admin(municipality),
                "application/json",
                programJson("00000000-0000-0000-0000-000000000001", Scenario.FIRST_PARTY_VERSION, "{}", "5"));
        assertProblem(r2, 422, "provider");
    }

    @Test
    void capacityExceededIsAConflictAndEnrollsNobody() throws Exception {
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        scenario.enroll(municipality, program, "0101902222", "2024-W01");
        HttpResponse<String> r = send(
                "POST",
                one + "/participants",
                tokens.caseworker(municipality),
                "application/json",
                "{\"cpr\":\"0101903333\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2024-W01\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}");
        assertProblem(r, 409, "capacity of 2");
        assertThat(new ParticipantsApi(client(tokens.caseworker(municipality)))
                        .listParticipants(municipality, program.getId(), null, null, null, null, null, 0, 50)
                        .getPage()
                        .getTotalItems())
                .isEqualTo(2);
    }

    @Test
    void enrollmentInputIsChecked() throws Exception {
        String token = tokens.caseworker(municipality);
        assertProblem(
                send(
                        "POST",
                        one + "/participants",
                        token,
                        "application/json",
                        "{\"cpr\":\"12345\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2024-W01\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"),
                400,
                "cpr");
        assertProblem(
                send(
                        "POST",
                        one + "/participants",
                        token,
                        "application/json",
                        "{\"cpr\":\"0101901111\",\"targetGroup\":\"ASTRONAUTS\",\"startWeek\":\"2024-W01\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"),
                422,
                "ASTRONAUTS");
        assertProblem(
                send(
                        "POST",
                        one + "/participants",
                        token,
                        "application/json",
                        "{\"cpr\":\"0101901111\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2023-W53\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"),
                400,
                "week");
        assertProblem(
                send(
                        "POST",
                        one + "/participants",
                        token,
                        "application/json",
                        "{\"cpr\":\"0101901111\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2023-W40\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"),
                422,
                "before the program");
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        assertProblem(
                send(
                        "POST",
                        one + "/participants",
                        token,
                        "application/json",
                        "{\"cpr\":\"010190-1111\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2024-W02\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"),
                409,
                "enrolled in this program already");
    }

    @Test
    void anImportWithBadRowsNamesEveryBadLineAndWritesNothing() throws Exception {
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        String csv = "cpr,week,code\n"
                + "0101901111,2024-W01,SICKNESS_BENEFIT\n" // fine
                + "0101901111,2024-W02,XYZ\n" // unknown code
                + "0101901111,2024-W99,SICKNESS_BENEFIT\n" // malformed week
                + "0101901111,2024-W20,SICKNESS_BENEFIT\n" // outside coverage
                + "0202029999,2024-W03,SICKNESS_BENEFIT\n" // not a participant
                + "0101901111,2024-W01,CASH_BENEFIT\n" // duplicate
                + "0101901111,2024-W04\n"; // field count
        HttpResponse<String> r = send(
                "POST",
                one + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W13",
                tokens.admin(municipality),
                "text/csv",
                csv);
        assertProblem(r, 422, "6 bad line");
        for (int line = 3; line <= 8; line++) {
            assertThat(r.body()).contains("\"line\":" + line);
        }
        assertThat(r.body())
                .doesNotContain("\"line\":2,")
                .contains("unknown code 'XYZ'")
                .contains("duplicate");
        assertThat(new RegisterApi(client(tokens.admin(municipality)))
                        .listStatusImports(municipality, program.getId(), 0, 10)
                        .getItems())
                .isEmpty();
    }

    @Test
    void anImportWithBadCoverageIsRefused() throws Exception {
        assertProblem(
                send(
                        "POST",
                        one + "/status-imports?coverageFrom=2024-W10&coverageTo=2024-W01",
                        tokens.admin(municipality),
                        "text/csv",
                        "cpr,week,code\n"),
                422,
                "coverage");
        assertProblem(
                send(
                        "POST",
                        one + "/status-imports?coverageFrom=2024-10&coverageTo=2024-W01",
                        tokens.admin(municipality),
                        "text/csv",
                        "cpr,week,code\n"),
                400,
                "coverageFrom");
        assertProblem(
                send(
                        "POST",
                        one + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W02",
                        tokens.admin(municipality),
                        "text/csv",
                        "person;week\n"),
                422,
                "header");
    }

    @Test
    void settlingAPeriodTwiceOrOutOfOrderIsAConflict() throws Exception {
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(municipality)))
                .importStatuses(municipality, program.getId(), "2024-W01", "2024-W26", "cpr,week,code\n0101901111,,\n");
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(municipality)));
        settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q2").issue(true));
        String body = "{\"period\":\"2024-Q2\"}";
        assertProblem(
                send("POST", one + "/statements", tokens.admin(municipality), "application/json", body),
                409,
                "settled already");
        assertProblem(
                send(
                        "POST",
                        one + "/statements",
                        tokens.admin(municipality),
                        "application/json",
                        "{\"period\":\"2024-Q1\"}"),
                409,
                "in order");
        assertProblem(
                send(
                        "POST",
                        one + "/statements",
                        tokens.admin(municipality),
                        "application/json",
                        "{\"period\":\"2023-Q4\"}"),
                422,
                "before the program starts");
        assertProblem(
                send(
                        "POST",
                        one + "/statements",
                        tokens.admin(municipality),
                        "application/json",
                        "{\"period\":\"2024-Q5\"}"),
                400,
                "period");
        assertThat(settlements
                        .listStatements(municipality, program.getId(), 0, 10)
                        .getItems())
                .hasSize(1);
    }

    @Test
    void aSettlementWithoutRegisterDataIsRefused() throws Exception {
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        assertProblem(
                send(
                        "POST",
                        one + "/statements",
                        tokens.admin(municipality),
                        "application/json",
                        "{\"period\":\"2024-Q1\"}"),
                422,
                "no register data");
    }

    @Test
    void badPathParametersAreBadRequests() throws Exception {
        assertProblem(send("GET", programs + "/not-a-uuid", tokens.admin(municipality), null, null), 400, "programId");
        assertProblem(send("GET", programs + "?size=100000", tokens.admin(municipality), null, null), 400, "size");
    }

    private static String programJson(String providerId, String version, String terms, String capacity) {
        return "{\"name\":\"x\",\"providerId\":\"" + providerId + "\",\"pluginId\":\"sundinvest-nk1\","
                + "\"pluginVersion\":\"" + version + "\",\"terms\":" + terms
                + ",\"startDate\":\"2024-01-01\",\"capacity\":" + capacity + "}";
    }

    private int programCount() throws Exception {
        return new ProgramsApi(client(tokens.admin(municipality)))
                .listPrograms(municipality, 0, 200)
                .getItems()
                .size();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String mentions) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).contains("\"type\":\"urn:virkning:problem:");
        assertThat(r.body()).containsIgnoringCase(mentions);
        assertThat(INTERNALS.matcher(r.body()).find())
                .as("internals in " + r.body())
                .isFalse();
    }
}
