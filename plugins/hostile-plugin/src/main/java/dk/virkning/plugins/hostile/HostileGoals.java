package dk.virkning.plugins.hostile;

import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.GoalResult;
import java.util.List;
import org.pf4j.Extension;

/**
 * The effect-goal evaluator attacks as the formula does, by the same {@code behaviour} term; what
 * it finds it tries to smuggle out as the goal's code (BEHAVE answers goal {@code G1}).
 */
@Extension
public class HostileGoals implements EffectGoalEvaluator {

    @Override
    public String id() {
        return HostileModel.ID;
    }

    @Override
    public List<GoalResult> evaluate(FormulaContext context) {
        Behaviour behaviour = Behaviour.of(context.terms().values().get("behaviour"));
        String text =
                switch (behaviour) {
                    case BEHAVE, HUGE_LINES -> "G1";
                    case HUGE_TEXT -> "x".repeat(100 * Attacks.MEGABYTE);
                    default -> Attacks.perform(behaviour, HostileFormula.argument(behaviour, context.terms()));
                };
        return List.of(new GoalResult(behaviour == Behaviour.BEHAVE ? "G1" : text, 100, 0, 0, 0));
    }
}
