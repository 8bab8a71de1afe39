package dk.virkning.plugins.nk1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.plugin.api.InterventionModel;
import dk.virkning.plugin.api.InterventionModel.EffectGoal;
import dk.virkning.plugin.api.InterventionModel.Phase;
import org.junit.jupiter.api.Test;

class Nk1InterventionModelTest {

    private final InterventionModel model = new Nk1InterventionModel().describe();

    @Test
    void takesFiftyCitizensOutOfWorkDueToMentalIllness() {
        assertThat(model.targetGroups()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("MENTAL_ILLNESS");
            assertThat(g.capacity()).isEqualTo(50);
        });
    }

    @Test
    void runsFourPhasesInOrderWithinTwentySixWeeks() {
        assertThat(model.phases())
                .extracting(Phase::code)
                .containsExactly("ASSESSMENT", "DEVELOPMENT", "JOB_MATCH", "AFTERCARE");
        assertThat(model.phases())
                .extracting(Phase::next)
                .containsExactly(
                        java.util.List.of("DEVELOPMENT"),
                        java.util.List.of("JOB_MATCH"),
                        java.util.List.of("AFTERCARE"),
                        java.util.List.of());
        assertThat(model.phases().stream().mapToInt(Phase::maxWeeks).sum()).isEqualTo(26);
    }

    @Test
    void hasTheFiveEffectGoalsWithTheirTargets() {
        assertThat(model.effectGoals())
                .extracting(EffectGoal::code, EffectGoal::targetPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("G1", 100),
                        org.assertj.core.groups.Tuple.tuple("G2", 60),
                        org.assertj.core.groups.Tuple.tuple("G3", 40),
                        org.assertj.core.groups.Tuple.tuple("G4", 80),
                        org.assertj.core.groups.Tuple.tuple("G5", null));
    }

    @Test
    void termsSchemaRequiresEveryTermAndForbidsOthers() {
        assertThat(model.termsSchema())
                .contains("\"additionalProperties\": false")
                .contains(
                        "baselineBenefitShare", "weeklyNetCost", "measurementWeeks", "savingsShare", "maxTotalPayment");
    }

    @Test
    void formulaAndModelShareThePluginId() {
        assertThat(new Nk1PaymentFormula().id())
                .isEqualTo(new Nk1InterventionModel().id())
                .isEqualTo("sundinvest-nk1");
    }
}
