package dk.virkning.api;

import static dk.virkning.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.support.PlatformIT;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Found by the generated bad-input suite: a {@code null} for a member the contract does not declare
 * nullable, and a query parameter without a value, were read as "not given". Both are refused now;
 * a member the contract declares nullable still takes {@code null}.
 */
class NullsAndEmptyValuesIT extends PlatformIT {

    @Test
    void aNullForAMemberThatIsNotNullableIsRefusedAndNothingIsCreated() throws Exception {
        String name = "Null CVR " + UUID.randomUUID();
        OrganisationsApi organisations = new OrganisationsApi(client(tokens.operator()));
        long before = organisations.listOrganisations(null, 0, 1).getPage().getTotalItems();
        assertProblem(
                send(
                        "POST",
                        "/api/v1/organisations",
                        tokens.operator(),
                        "application/json",
                        "{\"name\":\"" + name + "\",\"type\":\"PROVIDER\",\"cvr\":null}"),
                400,
                "cvr");
        assertThat(organisations.listOrganisations(null, 0, 1).getPage().getTotalItems())
                .isEqualTo(before);
    }

    @Test
    void aNullForAMemberTheContractDeclaresNullableIsTaken() throws Exception {
        String municipality = scenario.municipality();
        Program program =
                scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        Participant p = scenario.enroll(municipality, program, "0101901212", "2024-W01");
        String exit = "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/participants/"
                + p.getId() + "/exit";
        var answer = send(
                "POST",
                exit,
                tokens.caseworker(municipality),
                "application/json",
                "{\"exitedOn\":\"2024-03-01\",\"reason\":\"EDUCATION\",\"note\":null}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void aQueryParameterWithoutAValueIsRefused() throws Exception {
        assertProblem(
                send("GET", "/api/v1/organisations?type=", tokens.operator(), null, null), 400, "'type' has no value");
        assertProblem(send("GET", "/api/v1/organisations?page", tokens.operator(), null, null), 400, "'page'");
        assertThat(send("GET", "/api/v1/organisations?type=PROVIDER", tokens.operator(), null, null)
                        .statusCode())
                .isEqualTo(200);
    }
}
