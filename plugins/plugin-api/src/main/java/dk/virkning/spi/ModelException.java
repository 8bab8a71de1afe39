package dk.virkning.spi;

/** A plugin could not describe its intervention model. */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message. */
    public ModelException(String message) {
        super(message);
    }

    /** A failure with a message and its cause. */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
