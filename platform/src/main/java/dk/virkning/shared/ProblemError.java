package dk.virkning.shared;

/**
 * One thing wrong with the input.
 *
 * @param field the field at fault, or {@code null}
 * @param line the line of an uploaded file (from 1), or {@code null}
 * @param message what is wrong
 */
public record ProblemError(String field, Long line, String message) {

    public static ProblemError field(String field, String message) {
        return new ProblemError(field, null, message);
    }

    public static ProblemError line(long line, String message) {
        return new ProblemError(null, line, message);
    }
}
