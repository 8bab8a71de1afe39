package dk.virkning.spi;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Optional: measures a program's effect goals (such as NK1's G1–G4) over the same frozen input a
 * payment formula gets. Deterministic like a formula.
 */
public interface EffectGoalEvaluator extends ExtensionPoint {

    /** The plugin id this evaluator belongs to, stable across versions. */
    String id();

    /**
     * Evaluates every measurable effect goal of the model.
     *
     * @param context the program's input up to the period's end
     * @return one result per measurable goal, in the model's order
     * @throws GoalEvaluationException when the input does not allow an evaluation
     */
    List<GoalResult> evaluate(FormulaContext context) throws GoalEvaluationException;
}
