package dk.virkning.console.casework;

import dk.virkning.client.model.ActionPlan;
import dk.virkning.client.model.ActionPlanCreate;
import dk.virkning.client.model.ActionPlanStep;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan editor's form as typed: a field per barrier, and rows of steps (description, the
 * barrier it meets, due date). It starts from the current plan with blank fields and rows to add
 * barriers and steps; a refused form comes back as the person typed it. (One field per barrier, not
 * a text area of lines: the platform refuses control characters, line breaks too, in every request
 * parameter.)
 */
public record PlanForm(List<String> barriers, String madeOn, List<Row> rows) {

    static final int BLANK_ROWS = 3;

    /** One step's row; blank rows are left out of the plan. */
    public record Row(String description, String barrier, String dueOn) {
        boolean blank() {
            return description.isBlank() && barrier.isBlank() && dueOn.isBlank();
        }
    }

    static PlanForm of(ActionPlan current) {
        List<Row> rows = new ArrayList<>();
        List<String> barriers = new ArrayList<>();
        if (current != null) {
            barriers.addAll(current.getBarriers());
            for (ActionPlanStep step : current.getSteps()) {
                rows.add(new Row(
                        step.getDescription(),
                        step.getBarrier() == null ? "" : step.getBarrier(),
                        step.getDueOn() == null ? "" : step.getDueOn().toString()));
            }
        }
        return new PlanForm(withBlanks(barriers), "", withBlankRows(rows));
    }

    static PlanForm typed(
            List<String> barriers,
            String madeOn,
            List<String> descriptions,
            List<String> stepBarriers,
            List<String> dues) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < descriptions.size(); i++) {
            Row row = new Row(descriptions.get(i).trim(), at(stepBarriers, i), at(dues, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        List<String> kept = barriers.stream()
                .map(String::trim)
                .filter(barrier -> !barrier.isEmpty())
                .toList();
        return new PlanForm(withBlanks(kept), madeOn, withBlankRows(rows));
    }

    /** What the API gets: every barrier and every row that is not blank, dates as typed. */
    ActionPlanCreate toCreate() {
        List<String> lines =
                barriers.stream().filter(barrier -> !barrier.isBlank()).toList();
        List<ActionPlanStep> steps = rows.stream()
                .filter(row -> !row.blank())
                .map(row -> new ActionPlanStep()
                        .description(row.description())
                        .barrier(row.barrier().isBlank() ? null : row.barrier())
                        .dueOn(date(row.dueOn())))
                .toList();
        return new ActionPlanCreate().barriers(lines).steps(steps).madeOn(date(madeOn));
    }

    private static List<String> withBlanks(List<String> barriers) {
        List<String> all = new ArrayList<>(barriers);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add("");
        }
        return List.copyOf(all);
    }

    private static List<Row> withBlankRows(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new Row("", "", ""));
        }
        return List.copyOf(all);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i).trim() : "";
    }

    /** A date as typed; anything else is left out, so that the API names the field in its refusal. */
    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
