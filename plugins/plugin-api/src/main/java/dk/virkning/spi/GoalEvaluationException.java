package dk.virkning.spi;

/** An effect-goal evaluator could not evaluate the input. */
public class GoalEvaluationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message the municipality may see. */
    public GoalEvaluationException(String message) {
        super(message);
    }
}
