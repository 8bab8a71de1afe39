package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.InterventionModel;
import dk.virkning.client.model.InterventionModelPhasesInner;
import dk.virkning.client.model.InterventionModelTargetGroupsInner;
import dk.virkning.client.model.InterventionModelTeamRolesInner;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {

    private final ModelNames names = new ModelNames();
    private final InterventionModel model = new InterventionModel()
            .phases(List.of(
                    new InterventionModelPhasesInner().code("ASSESSMENT").name("Assessment (udredning)")))
            .targetGroups(List.of(new InterventionModelTargetGroupsInner()
                    .code("MENTAL_ILLNESS")
                    .name("Citizens out of work due to mental illness")))
            .teamRoles(List.of(
                    new InterventionModelTeamRolesInner().code("JOB_CONSULTANT").name("Job consultant")));

    @Test
    void aCodeReadsAsTheNameTheModelGivesIt() {
        assertThat(names.phase(model, "ASSESSMENT")).isEqualTo("Assessment (udredning)");
        assertThat(names.targetGroup(model, "MENTAL_ILLNESS")).isEqualTo("Citizens out of work due to mental illness");
        assertThat(names.teamRole(model, "JOB_CONSULTANT")).isEqualTo("Job consultant");
    }

    @Test
    void aCodeTheModelDoesNotNameIsShownAsItIs() {
        assertThat(names.phase(model, "JOB_MATCH")).isEqualTo("JOB_MATCH");
        assertThat(names.teamRole(new InterventionModel(), "MENTOR")).isEqualTo("MENTOR");
        assertThat(names.targetGroup(null, "ANYONE")).isEqualTo("ANYONE");
        assertThat(names.phase(model, null)).isNull();
    }
}
