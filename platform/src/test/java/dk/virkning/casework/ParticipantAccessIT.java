package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.AccessLogEntry;
import dk.virkning.client.model.AccessLogExport;
import dk.virkning.client.model.CprQuery;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.TeamAssignmentCreate;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who sees a participant: the municipality's admins and caseworkers, the delivering provider's staff;
 * not another provider, not an investor, not another municipality. Every read is logged, and the log
 * of one citizen can be exported.
 */
class ParticipantAccessIT extends CaseworkSupport {

    private static final String CPR = "0101901111";

    @Test
    void theDeliveringProviderSeesItsParticipantsAndNobodyElseOutsideTheMunicipalityDoes() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        Participant p = scenario.enrollIn(m, program, CPR, "MENTAL_ILLNESS", "2024-W01");
        String base = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/participants/" + p.getId();

        String ownStaff = tokens.providerStaff(provider.getId());
        assertThat(new ParticipantsApi(client(ownStaff))
                        .getParticipant(m, program.getId(), p.getId())
                        .getId())
                .isEqualTo(p.getId());
        new TeamApi(client(ownStaff))
                .assignTeamMember(
                        m,
                        program.getId(),
                        p.getId(),
                        new TeamAssignmentCreate()
                                .role("MENTOR")
                                .member("mentor-1")
                                .from(PROGRAM_START));

        Organisation otherProvider = scenario.organisation(OrganisationType.PROVIDER);
        Organisation investor = scenario.organisation(OrganisationType.INVESTOR);
        String otherMunicipality = scenario.municipality();
        for (String path : List.of(
                "",
                "/timeline?page=0&size=10",
                "/phases",
                "/team",
                "/action-plans",
                "/activities",
                "/follow-ups",
                "/who5",
                "/course-package")) {
            assertStatus(get(base + path, tokens.providerStaff(otherProvider.getId())), 404, path);
            // An investor has no municipality: the tenant is refused before the role (404, not 403).
            assertStatus(get(base + path, tokens.investorAnalyst(investor.getId())), 404, path);
            assertStatus(get(base + path, tokens.caseworker(otherMunicipality)), 404, path);
            assertStatus(get(base + path, tokens.admin(otherMunicipality)), 404, path);
        }
        // Writes too: nothing reaches the participant through another door.
        assertStatus(
                send(
                        "POST",
                        base + "/phases",
                        tokens.providerStaff(otherProvider.getId()),
                        "application/json",
                        "{\"phase\":\"DEVELOPMENT\",\"on\":\"2024-02-01\"}"),
                404,
                "phase change by another provider");
        assertStatus(
                send(
                        "POST",
                        base + "/who5",
                        tokens.investorAnalyst(investor.getId()),
                        "application/json",
                        "{\"takenOn\":\"2024-02-01\",\"items\":[1,1,1,1,1]}"),
                404,
                "WHO-5 by an investor");
        assertThat(new PhasesApi(client(tokens.caseworker(m))).listPhases(m, program.getId(), p.getId()))
                .hasSize(1);
        assertThat(new WellbeingApi(client(tokens.caseworker(m))).listWho5(m, program.getId(), p.getId()))
                .isEmpty();
        // Another provider's worklist, and a lookup by CPR from another municipality, find nothing.
        assertThat(new ActivitiesApi(client(tokens.providerStaff(otherProvider.getId())))
                        .getWorklist(m, dk.virkning.client.model.WorklistScope.ALL)
                        .getItems())
                .isEmpty();
        assertThat(new ParticipantsApi(client(tokens.caseworker(otherMunicipality)))
                        .lookUpParticipant(otherMunicipality, new CprQuery().cpr(CPR)))
                .isEmpty();
        assertThat(new ParticipantsApi(client(tokens.caseworker(m))).lookUpParticipant(m, new CprQuery().cpr(CPR)))
                .extracting(Participant::getId)
                .containsExactly(p.getId());
    }

    @Test
    void everyReadIsLoggedAndTheCitizensLogCanBeExportedByAnAdminOnly() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        Participant p = scenario.enrollIn(m, program, CPR, "MENTAL_ILLNESS", "2024-W01");
        Participant other = scenario.enrollIn(m, program, "0202902222", "MENTAL_ILLNESS", "2024-W01");
        String staff = tokens.providerStaff(provider.getId());
        new ParticipantsApi(client(staff)).getParticipant(m, program.getId(), p.getId());
        new ActionPlansApi(client(tokens.caseworker(m))).listActionPlans(m, program.getId(), p.getId());
        new ParticipantsApi(client(tokens.admin(m)))
                .listParticipants(m, program.getId(), null, null, null, null, null, 0, 50);
        new ParticipantsApi(client(staff)).getParticipant(m, program.getId(), other.getId());

        AccessLogExport log =
                new ParticipantsApi(client(tokens.admin(m))).exportAccessLog(m, new CprQuery().cpr("010190-1111"));
        assertThat(log.getParticipations()).containsExactly(p.getId());
        assertThat(log.getEntries())
                .allSatisfy(e -> assertThat(e.getParticipantId()).isEqualTo(p.getId()));
        assertThat(log.getEntries())
                .extracting(e -> e.getActor() + " " + e.getAction())
                .containsSubsequence(
                        m + "-caseworker ENROLL",
                        "staff-" + provider.getId() + " READ",
                        m + "-caseworker READ",
                        m + "-admin READ");
        assertThat(log.getEntries())
                .filteredOn(e -> e.getAction().equals("READ"))
                .extracting(AccessLogEntry::getDetail)
                .contains("action plans");
        // The export is itself on the log, and only admins may export.
        AccessLogExport again =
                new ParticipantsApi(client(tokens.admin(m))).exportAccessLog(m, new CprQuery().cpr(CPR));
        assertThat(again.getEntries()).extracting(AccessLogEntry::getAction).contains("ACCESS_LOG_EXPORT");
        expect(403, () -> new ParticipantsApi(client(tokens.caseworker(m)))
                .exportAccessLog(m, new CprQuery().cpr(CPR)));
        expect(404, () -> new ParticipantsApi(client(tokens.admin(m)))
                .exportAccessLog(scenario.municipality(), new CprQuery().cpr(CPR)));
        // A citizen never enrolled has an empty log, not an error.
        assertThat(new ParticipantsApi(client(tokens.admin(m)))
                        .exportAccessLog(m, new CprQuery().cpr("0303903333"))
                        .getEntries())
                .isEmpty();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    private static void assertStatus(HttpResponse<String> response, int status, String what) {
        assertThat(response.body()).as(what).contains("urn:virkning:problem:");
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("0101901111").doesNotContain("MENTAL_ILLNESS");
    }

    private static void expect(int status, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(status));
    }
}
