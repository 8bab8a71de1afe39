package dk.virkning.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with the input.
 *
 * <p>Absent parts are left out, not written as {@code null}, as the contract's ProblemError says.
 *
 * @param field the field at fault, or {@code null}
 * @param line the line of an uploaded file (from 1), or {@code null}
 * @param message what is wrong
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String field, Long line, String message) {

    public static ProblemError field(String field, String message) {
        return new ProblemError(field, null, message);
    }

    public static ProblemError line(long line, String message) {
        return new ProblemError(null, line, message);
    }
}
