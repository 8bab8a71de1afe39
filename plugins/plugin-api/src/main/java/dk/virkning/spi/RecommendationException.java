package dk.virkning.spi;

/** A recommender could not recommend from the facts given, e.g. because a needed fact is missing. */
public class RecommendationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message the caseworker may see. */
    public RecommendationException(String message) {
        super(message);
    }
}
