package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.CoverageScope;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.client.model.StatusImportReport;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per-person coverage through the API (DOMAIN.md 4, issue 13): an import covers its weeks for
 * exactly the persons its file lists, a correction for one person touches only that person, a week
 * marked not known stays unknown, and an identical file is a no-op only when it changes nothing.
 */
class RegisterCoverageIT extends PlatformIT {

    private static final String ANNA = "0101901111";
    private static final String BO = "0202902222";
    private static final String CLEO = "0303903333";
    private static final String STRANGER = "0404904444";
    private static final String Q1 = "coverageFrom=2024-W01&coverageTo=2024-W04";
    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    @Autowired
    private DataSource dataSource;

    private String municipality;
    private Program program;
    private RegisterWorld world;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        world = new RegisterWorld(baseUri(), municipality, program.getId(), dataSource);
        world.name(scenario.enroll(municipality, program, ANNA, "2024-W01").getId(), "anna");
        world.name(scenario.enroll(municipality, program, BO, "2024-W01").getId(), "bo");
        new RegisterApi(client(tokens.admin(municipality), Map.of("If-Match", "*")))
                .putRegisterCodeMapping(
                        municipality,
                        new RegisterCodeMapping()
                                .codes(List.of(
                                        new RegisterCode().sourceCode("SDP").status("SICKNESS_BENEFIT"),
                                        new RegisterCode().sourceCode("NODATA").status("UNKNOWN"))));
    }

    /** Every test's imports leave the participants' timelines equal to their weekly statuses. */
    @AfterEach
    void timelinesAgreeWithTheWeeklyStatuses() throws Exception {
        assertThat(world.timelineMismatches()).isEmpty();
    }

    @Test
    void aOnePersonCorrectionChangesOnlyThatPerson() throws Exception {
        StatusImportReport first =
                created(upload(Q1, "cpr,y_2401,y_2402,y_2403,y_2404\n" + ANNA + ",SDP,SDP,,\n" + BO + ",SDP,,,\n"));
        Map<String, String> anna = world.statusesOf("anna");
        Map<String, String> before = world.weeks();

        StatusImportReport correction = created(upload(Q1, "cpr,week,code\n" + BO + ",2024-W03,SDP\n"));

        assertThat(correction.getCoverageScope()).isEqualTo(CoverageScope.LISTED);
        assertThat(correction.getPersonsCovered()).isEqualTo(1);
        assertThat(correction.getPersonWeeks()).isEqualTo(4);
        assertThat(correction.getPersonsChanged()).isEqualTo(1);
        assertThat(correction.getChangedWeeks())
                .as("W01 back to self-supporting, W03 on benefit")
                .isEqualTo(2);
        assertThat(world.statusesOf("anna")).isEqualTo(anna);
        Map<String, String> annaRows = new java.util.TreeMap<>(world.weeks());
        annaRows.keySet().removeIf(k -> !k.startsWith("anna"));
        assertThat(annaRows).allSatisfy((week, value) -> assertThat(value)
                .endsWith(first.getId().toString()));
        assertThat(annaRows).hasSize(4);
        assertThat(world.statusesOf("bo"))
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                        "2024-01-01", "SELF_SUPPORTING",
                        "2024-01-08", "SELF_SUPPORTING",
                        "2024-01-15", "SICKNESS_BENEFIT",
                        "2024-01-22", "SELF_SUPPORTING")));
        assertThat(world.weeks()).hasSameSizeAs(before);
    }

    @Test
    void aWeekMarkedNotKnownStaysUnknownAndAKnownWeekMarkedSoBecomesUnknown() throws Exception {
        created(upload(Q1, "cpr,y_2401,y_2402,y_2403,y_2404\n" + ANNA + ",SDP,SDP,SDP,SDP\n" + BO + ",,,,\n"));

        StatusImportReport gap =
                created(upload(Q1, "cpr,week,code\n" + BO + ",2024-W02,NODATA\n" + BO + ",2024-W03,UNKNOWN\n"));

        assertThat(gap.getPersonsCovered()).isEqualTo(1);
        assertThat(gap.getChangedWeeks())
                .as("two of Bo's weeks lose their status")
                .isEqualTo(2);
        assertThat(gap.getPersonsChanged()).isEqualTo(1);
        assertThat(world.statusesOf("bo"))
                .containsExactlyEntriesOf(new java.util.TreeMap<>(
                        Map.of("2024-01-01", "SELF_SUPPORTING", "2024-01-22", "SELF_SUPPORTING")));
        assertThat(world.statusesOf("anna")).hasSize(4).containsValue("SICKNESS_BENEFIT");
        // Into weeks without data a week marked not known writes nothing at all.
        UUID cleo = scenario.enroll(municipality, program, CLEO, "2024-W01").getId();
        world.name(cleo, "cleo");
        StatusImportReport cleoGap =
                created(upload(Q1, "cpr,y_2401,y_2402,y_2403,y_2404\n" + CLEO + ",NODATA,NODATA,,SDP\n"));
        assertThat(cleoGap.getChangedWeeks()).isEqualTo(2);
        assertThat(world.statusesOf("cleo"))
                .containsExactlyEntriesOf(new java.util.TreeMap<>(
                        Map.of("2024-01-15", "SELF_SUPPORTING", "2024-01-22", "SICKNESS_BENEFIT")));
    }

    @Test
    void aFileUploadedAgainAfterNewEnrolmentsCoversExactlyWhomItLists() throws Exception {
        String file = "cpr,y_2401,y_2402,y_2403,y_2404\n" + ANNA + ",SDP,,,\n" + BO + ",,,,\n";
        StatusImportReport first = created(upload(Q1, file));
        world.name(scenario.enroll(municipality, program, CLEO, "2024-W01").getId(), "cleo");
        Map<String, String> before = world.weeks();

        HttpResponse<String> again = upload(Q1, file);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(report(again).getId()).isEqualTo(first.getId());
        assertThat(world.weeks()).isEqualTo(before);
        assertThat(world.statusesOf("cleo"))
                .as("Cleo is not in the file: her weeks stay unknown")
                .isEmpty();
        assertThat(importCount()).isEqualTo(1);

        StatusImportReport cleo = created(upload(Q1, "cpr,week,code\n" + CLEO + ",,\n"));
        assertThat(cleo.getPersonsCovered()).isEqualTo(1);
        assertThat(cleo.getPersonWeeks()).isEqualTo(4);
        assertThat(world.statusesOf("cleo"))
                .hasSize(4)
                .containsOnlyKeys("2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22");
        assertThat(world.statusesOf("cleo")).allSatisfy((w, s) -> assertThat(s).isEqualTo("SELF_SUPPORTING"));
    }

    @Test
    void anIdenticalFileIsANewImportWhenItWouldChangeSomething() throws Exception {
        String sick = "cpr,week,code\n" + ANNA + ",2024-W01,SDP\n";
        StatusImportReport first = created(upload(Q1, sick));
        created(upload(Q1, "cpr,week,code\n" + ANNA + ",2024-W01,CASH_BENEFIT\n"));

        HttpResponse<String> again = upload(Q1, sick);

        assertThat(again.statusCode())
                .as("it puts Anna's W01 back: " + again.body())
                .isEqualTo(201);
        StatusImportReport third = report(again);
        assertThat(third.getId()).isNotEqualTo(first.getId());
        assertThat(third.getContentSha256()).isEqualTo(first.getContentSha256());
        assertThat(third.getChangedWeeks()).isEqualTo(1);
        assertThat(world.statusesOf("anna")).containsEntry("2024-01-01", "SICKNESS_BENEFIT");
        HttpResponse<String> fourth = upload(Q1, sick);
        assertThat(fourth.statusCode()).isEqualTo(200);
        assertThat(report(fourth).getId())
                .as("the latest import of that content")
                .isEqualTo(third.getId());
        assertThat(importCount()).isEqualTo(3);
    }

    @Test
    void badListingsAreRefusedNamingEachLineAndNothingIsWritten() throws Exception {
        created(upload(Q1, "cpr,week,code\n" + ANNA + ",2024-W01,SDP\n"));
        Map<String, String> before = world.weeks();

        HttpResponse<String> r = upload(
                Q1,
                "cpr,week,code\n"
                        + BO + ",2024-W02,SDP\n"
                        + BO + ",2024-W02,\n" // Bo twice for one week
                        + STRANGER + ",2024-W01,SDP\n" // not a participant
                        + STRANGER + ",,\n" // a covered person who is not a participant
                        + ANNA + ",2024-W09,NODATA\n"); // not known, outside the coverage

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:virkning:problem:invalid-import");
        List<Long> lines = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(e -> {
            lines.add(e.get("line").asLong());
            messages.add(e.get("message").asText());
        });
        assertThat(lines).containsExactly(3L, 4L, 5L, 6L);
        assertThat(messages.get(0)).contains("duplicate row");
        assertThat(messages.get(1)).contains("not a participant");
        assertThat(messages.get(2)).contains("covered person is not a participant");
        assertThat(messages.get(3)).contains("outside the declared coverage");
        assertThat(r.body()).doesNotContain(STRANGER).doesNotContain(BO);
        assertThat(world.weeks()).isEqualTo(before);
        assertThat(importCount()).isEqualTo(1);
    }

    private HttpResponse<String> upload(String query, String body) throws Exception {
        return world.upload(tokens.admin(municipality), query, body);
    }

    private static StatusImportReport created(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return report(r);
    }

    private static StatusImportReport report(HttpResponse<String> r) throws Exception {
        return JSON.readValue(r.body(), StatusImportReport.class);
    }

    private int importCount() throws Exception {
        return new RegisterApi(client(tokens.admin(municipality)))
                .listStatusImports(municipality, program.getId(), 0, 50)
                .getItems()
                .size();
    }
}
