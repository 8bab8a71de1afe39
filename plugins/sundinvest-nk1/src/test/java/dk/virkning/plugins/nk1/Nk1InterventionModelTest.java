package dk.virkning.plugins.nk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.Activity;
import dk.virkning.spi.InterventionModel.ActivityKind;
import dk.virkning.spi.InterventionModel.EffectGoal;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModel.TeamRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NK1's intervention model as DOMAIN.md 6.3 describes it. */
class Nk1InterventionModelTest {

    private static final List<String> TERMS =
            List.of("baselineBenefitShare", "weeklyNetCost", "measurementWeeks", "savingsShare", "maxTotalPayment");

    private final InterventionModel model = new Nk1InterventionModel().describe();

    @Test
    void takesFiftyCitizensOutOfWorkDueToMentalIllness() {
        assertThat(model.targetGroups())
                .extracting(TargetGroup::code, TargetGroup::name, TargetGroup::capacity)
                .containsExactly(tuple("MENTAL_ILLNESS", "Citizens out of work due to mental illness", 50));
    }

    @Test
    void runsFourPhasesInOrderWithinTwentySixWeeks() {
        // 6 + 10 + 6 + 4 = 26
        assertThat(model.phases())
                .extracting(Phase::code, Phase::maxWeeks, Phase::next)
                .containsExactly(
                        tuple("ASSESSMENT", 6, List.of("DEVELOPMENT")),
                        tuple("DEVELOPMENT", 10, List.of("JOB_MATCH")),
                        tuple("JOB_MATCH", 6, List.of("AFTERCARE")),
                        tuple("AFTERCARE", 4, List.of()));
        assertThat(model.phases().stream().mapToInt(Phase::maxWeeks).sum()).isEqualTo(26);
    }

    @Test
    void givesEachParticipantExactlyOneJobConsultant() {
        assertThat(model.teamRoles())
                .extracting(TeamRole::code, TeamRole::exactlyOne)
                .containsExactly(
                        tuple("JOB_CONSULTANT", true), tuple("MENTOR", false), tuple("HEALTH_PROFESSIONAL", false));
    }

    @Test
    void theActionPlanIsABasicActivityDueWithinTwoWeeks() {
        assertThat(model.activities())
                .extracting(Activity::code, Activity::kind, Activity::deadlineDays)
                .containsExactly(
                        tuple("ACTION_PLAN", ActivityKind.BASIC, 14),
                        tuple("ASSESSMENT_INTERVIEW", ActivityKind.BASIC, null),
                        tuple("JOB_MATCH_MEETING", ActivityKind.BASIC, null),
                        tuple("WORKPLACE_PLACEMENT", ActivityKind.SUPPLEMENTARY, null),
                        tuple("PSYCHOLOGIST_SESSION", ActivityKind.SUPPLEMENTARY, null));
    }

    @Test
    void hasTheFiveEffectGoalsWithTheirTargets() {
        assertThat(model.effectGoals())
                .extracting(EffectGoal::code, EffectGoal::targetPercent)
                .containsExactly(
                        tuple("G1", 100), tuple("G2", 60), tuple("G3", 40), tuple("G4", 80), tuple("G5", null));
    }

    @Test
    void theTermsSchemaIsJsonThatRequiresTheFiveTermsAndNoOthers() throws Exception {
        assertThat(model.termsSchema()).isNotBlank();
        JsonNode schema = new ObjectMapper().readTree(model.termsSchema());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(TERMS);
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactlyInAnyOrderElementsOf(TERMS);
        assertThat(schema.at("/properties/measurementWeeks/type").asText()).isEqualTo("integer");
        assertThat(schema.at("/properties/measurementWeeks/maximum").asInt()).isEqualTo(520);
        assertThat(schema.at("/properties/savingsShare/maximum").asInt()).isEqualTo(1);
    }

    @Test
    void formulaAndModelShareThePluginId() {
        assertThat(new Nk1PaymentFormula().id())
                .isEqualTo(new Nk1InterventionModel().id())
                .isEqualTo("sundinvest-nk1");
    }
}
