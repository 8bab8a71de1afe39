package dk.virkning.console.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.ActionPlan;
import dk.virkning.client.model.ActionPlanCreate;
import dk.virkning.client.model.ActionPlanStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFormTest {

    @Test
    void theEditorStartsFromTheCurrentPlanWithBlankRowsToAddSteps() {
        ActionPlan current = new ActionPlan()
                .version(2)
                .barriers(List.of("Angst", "Økonomi"))
                .steps(List.of(new ActionPlanStep()
                        .description("Samtale")
                        .barrier("Angst")
                        .dueOn(LocalDate.of(2024, 2, 16))));

        PlanForm form = PlanForm.of(current);

        assertThat(form.barriers()).containsExactly("Angst", "Økonomi", "", "", "");
        assertThat(form.rows()).hasSize(1 + PlanForm.BLANK_ROWS);
        assertThat(form.rows().get(0)).isEqualTo(new PlanForm.Row("Samtale", "Angst", "2024-02-16"));
        assertThat(PlanForm.of(null).rows()).hasSize(PlanForm.BLANK_ROWS);
    }

    @Test
    void whatTheApiGetsLeavesOutBlankLinesAndRowsAndKeepsTheRest() {
        PlanForm form = PlanForm.typed(
                List.of("Angst", "", "  Økonomi  "),
                "2024-02-05",
                List.of("Samtale", "", "Praktik"),
                List.of("Angst", "", ""),
                List.of("2024-02-16", "", "not a date"));

        ActionPlanCreate create = form.toCreate();

        assertThat(create.getBarriers()).containsExactly("Angst", "Økonomi");
        assertThat(create.getMadeOn()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(create.getSteps()).hasSize(2);
        assertThat(create.getSteps().get(0).getBarrier()).isEqualTo("Angst");
        assertThat(create.getSteps().get(0).getDueOn()).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(create.getSteps().get(1).getBarrier()).isNull();
        assertThat(create.getSteps().get(1).getDueOn()).isNull();
        // A refused form comes back as typed, blank fields and rows after the kept ones.
        assertThat(form.barriers()).hasSize(2 + PlanForm.BLANK_ROWS);
        assertThat(form.rows()).hasSize(2 + PlanForm.BLANK_ROWS);
    }

    @Test
    void aPlanWithNothingTypedSendsNoBarriersAndNoSteps() {
        ActionPlanCreate create = PlanForm.typed(List.of("", " "), "", List.of("", ""), List.of(), List.of())
                .toCreate();
        assertThat(create.getBarriers()).isEmpty();
        assertThat(create.getSteps()).isEmpty();
        assertThat(create.getMadeOn()).isNull();
    }
}
