package dk.virkning.spi;

/** A payment formula could not compute a result, e.g. because the terms do not fit it. */
public class FormulaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message that the platform may show to the municipality. */
    public FormulaException(String message) {
        super(message);
    }

    /** A failure with a message and its cause. */
    public FormulaException(String message, Throwable cause) {
        super(message, cause);
    }
}
