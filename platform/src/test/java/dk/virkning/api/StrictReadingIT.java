package dk.virkning.api;

import static dk.virkning.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strict reading (issue 11, item 1): each case the issue found accepted or answered 500 is refused
 * with a 400 problem, and nothing changes.
 */
class StrictReadingIT extends PlatformIT {

    private String municipality;
    private Organisation provider;
    private Program program;
    private String programs;
    private String participantPath;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        provider = scenario.organisation(OrganisationType.PROVIDER);
        program = scenario.nk1Program(municipality, provider, List.of(), 5);
        programs = "/api/v1/municipalities/" + municipality + "/programs";
        Participant p = scenario.enroll(municipality, program, "0101901111", "2024-W01");
        participantPath = programs + "/" + program.getId() + "/participants/" + p.getId();
    }

    @Test
    void aNumberIsNotABoolean() throws Exception {
        String path = "/api/v1/plugins/sundinvest-nk1/versions/" + Scenario.FIRST_PARTY_VERSION + "/availability";
        assertProblem(send("PUT", path, tokens.operator(), "application/json", "{\"enabled\":0}"), 400, "enabled");
        assertProblem(
                send("PUT", path, tokens.operator(), "application/json", "{\"enabled\":\"false\"}"), 400, "enabled");
        assertThat(new PluginsApi(client(tokens.operator()))
                        .listPlugins().stream()
                                .filter(p -> p.getId().equals("sundinvest-nk1")
                                        && p.getVersion().equals(Scenario.FIRST_PARTY_VERSION))
                                .findFirst()
                                .orElseThrow()
                                .getEnabled())
                .isTrue();
    }

    @Test
    void aFractionIsNotAnInteger() throws Exception {
        assertProblem(
                send(
                        "POST",
                        participantPath + "/who5",
                        tokens.caseworker(municipality),
                        "application/json",
                        "{\"takenOn\":\"2024-01-08\",\"items\":[0.9,3,3,3,3]}"),
                400,
                "items");
        assertProblem(
                send(
                        "POST",
                        participantPath + "/who5",
                        tokens.caseworker(municipality),
                        "application/json",
                        "{\"takenOn\":\"2024-01-08\",\"items\":[\"3\",3,3,3,3]}"),
                400,
                "items");
        assertThat(who5Count()).isZero();
    }

    @Test
    void numbersAndBooleansAreNotText() throws Exception {
        String body = program("\"name\":5,\"startDate\":\"2024-01-01\",\"capacity\":5");
        assertProblem(send("POST", programs, tokens.admin(municipality), "application/json", body), 400, "name");
        String bool = program("\"name\":true,\"startDate\":\"2024-01-01\",\"capacity\":5");
        assertProblem(send("POST", programs, tokens.admin(municipality), "application/json", bool), 400, "name");
        String textAsNumber = program("\"name\":\"x\",\"startDate\":\"2024-01-01\",\"capacity\":\"5\"");
        assertProblem(
                send("POST", programs, tokens.admin(municipality), "application/json", textAsNumber), 400, "capacity");
        assertThat(programCount()).isEqualTo(1);
    }

    @Test
    void datesAreRfc3339FullDatesInTheDomainsYears() throws Exception {
        for (String date : List.of(
                "19000",
                "\"+10000-01-01\"",
                "\"2024-01-01T23:59:59Z\"",
                "\"-0001-01-01\"",
                "\"1899-12-31\"",
                "\"2201-01-01\"",
                "\"2024-02-30\"",
                "\"2024-1-1\"")) {
            String body = program("\"name\":\"x\",\"startDate\":" + date + ",\"capacity\":5");
            assertProblem(
                    send("POST", programs, tokens.admin(municipality), "application/json", body), 400, "startDate");
        }
        assertThat(programCount()).isEqualTo(1);
    }

    @Test
    void duplicateMemberNamesAreMalformed() throws Exception {
        String body = program("\"name\":\"x\",\"name\":\"y\",\"startDate\":\"2024-01-01\",\"capacity\":5");
        assertProblem(send("POST", programs, tokens.admin(municipality), "application/json", body), 400, "JSON");
        assertThat(programCount()).isEqualTo(1);
    }

    @Test
    void controlCharactersAreRefusedInText() throws Exception {
        for (String name : List.of("a\\u0000b", "a\\u0007b", "a\\u001bb", "\\ud800")) {
            String body = program("\"name\":\"" + name + "\",\"startDate\":\"2024-01-01\",\"capacity\":5");
            assertProblem(send("POST", programs, tokens.admin(municipality), "application/json", body), 400, "name");
        }
        assertThat(programCount()).isEqualTo(1);
    }

    @Test
    void nullArrayElementsAreRefused() throws Exception {
        String cw = tokens.caseworker(municipality);
        assertProblem(
                send(
                        "POST",
                        participantPath + "/action-plans",
                        cw,
                        "application/json",
                        "{\"barriers\":[null],\"steps\":[{\"description\":\"Walk\"}]}"),
                400,
                "barriers");
        assertProblem(
                send(
                        "POST",
                        participantPath + "/action-plans",
                        cw,
                        "application/json",
                        "{\"barriers\":[\"Pain\"],\"steps\":[null]}"),
                400,
                "steps");
        assertThat(new ActionPlansApi(client(cw)).listActionPlans(municipality, program.getId(), participantId()))
                .isEmpty();
        String mapping = "/api/v1/municipalities/" + municipality + "/register-code-mapping";
        assertProblem(
                send("PUT", mapping, tokens.admin(municipality), "application/json", "{\"codes\":[null]}"),
                400,
                "codes");
        assertThat(new RegisterApi(client(tokens.admin(municipality)))
                        .getRegisterCodeMapping(municipality)
                        .getCodes())
                .isEmpty();
    }

    @Test
    void anAmountIsADecimalStringNeverANumber() throws Exception {
        Organisation investor = scenario.organisation(OrganisationType.INVESTOR);
        Program funded = scenario.nk1Program(municipality, provider, List.of(investor), 5);
        String path = "/api/v1/investor/programs/" + funded.getId() + "/capital-transactions";
        String analyst = tokens.investorAnalyst(investor.getId());
        assertProblem(
                send(
                        "POST",
                        path,
                        analyst,
                        "application/json",
                        "{\"type\":\"DRAWDOWN\",\"date\":\"2024-01-02\",\"amount\":2147483648.00}"),
                400,
                "amount");
        assertProblem(
                send(
                        "POST",
                        path,
                        analyst,
                        "application/json",
                        "{\"type\":\"DRAWDOWN\",\"date\":12345,\"amount\":\"100.00\"}"),
                400,
                "date");
        assertThat(send("GET", path, analyst, null, null).body()).contains("\"totalItems\":0");
    }

    @Test
    void queryParametersAreReadStrictly() throws Exception {
        String admin = tokens.admin(municipality);
        assertProblem(send("GET", programs + "?page=0x10", admin, null, null), 400, "page");
        assertProblem(send("GET", programs + "?page=%2B1", admin, null, null), 400, "page");
        assertProblem(send("GET", programs + "?page=2147483647", admin, null, null), 400, "page");
        assertProblem(send("GET", programs + "?page=9999&size=200", admin, null, null), 400, "page");
        assertProblem(send("GET", programs + "?page=99999999999", admin, null, null), 400, "page");
        String participants = programs + "/" + program.getId() + "/participants";
        String cw = tokens.caseworker(municipality);
        assertProblem(send("GET", participants + "?overdue=yes", cw, null, null), 400, "overdue");
        assertProblem(send("GET", participants + "?overdue=1", cw, null, null), 400, "overdue");
        assertThat(send("GET", participants + "?overdue=false", cw, null, null).statusCode())
                .isEqualTo(200);
        String worklist = "/api/v1/municipalities/" + municipality + "/worklist";
        assertProblem(send("GET", worklist + "?scope=EVERYONE", cw, null, null), 400, "scope");
        assertThat(send("GET", worklist + "?scope=ALL", cw, null, null).statusCode())
                .isEqualTo(200);
        String goals = programs + "/" + program.getId() + "/effect-goals";
        assertProblem(send("GET", goals + "?asOf=%2B10000-01-01", admin, null, null), 400, "asOf");
        assertProblem(send("GET", goals + "?asOf=2024-01-01T00:00:00Z", admin, null, null), 400, "asOf");
        assertThat(send("GET", goals + "?asOf=2024-03-01", admin, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidPercentEscapesAreBadRequests() throws Exception {
        String admin = tokens.admin(municipality);
        assertProblem(send("GET", programs + "?page=%ff", admin, null, null), 400, "");
        String participants = programs + "/" + program.getId() + "/participants";
        assertProblem(
                send("GET", participants + "?phase=%ff%fe", tokens.caseworker(municipality), null, null), 400, "");
        assertProblem(send("GET", participants + "?phase=a%00b", tokens.caseworker(municipality), null, null), 400, "");
    }

    @Test
    void aMissingOrganisationsKeysAreNotFound() throws Exception {
        assertProblem(
                send(
                        "GET",
                        "/api/v1/organisations/" + UUID.randomUUID() + "/signing-keys",
                        tokens.operator(),
                        null,
                        null),
                404,
                "not found");
    }

    private String program(String fields) {
        return "{" + fields + ",\"providerId\":\"" + provider.getId() + "\",\"pluginId\":\"sundinvest-nk1\","
                + "\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                + "\",\"terms\":{\"baselineBenefitShare\":0.8,\"weeklyNetCost\":3000,"
                + "\"measurementWeeks\":52,\"savingsShare\":0.6,\"maxTotalPayment\":2000000}}";
    }

    private int programCount() throws Exception {
        return new ProgramsApi(client(tokens.admin(municipality)))
                .listPrograms(municipality, 0, 200)
                .getItems()
                .size();
    }

    private UUID participantId() {
        return UUID.fromString(participantPath.substring(participantPath.lastIndexOf('/') + 1));
    }

    private int who5Count() throws Exception {
        return new WellbeingApi(client(tokens.caseworker(municipality)))
                .listWho5(municipality, program.getId(), participantId())
                .size();
    }
}
