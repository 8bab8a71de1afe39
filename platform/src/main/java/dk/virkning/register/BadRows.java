package dk.virkning.register;

import dk.virkning.shared.ProblemError;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad rows of a file: every bad line is counted, the first {@link #MAX_REPORTED} errors are
 * kept, so that a file full of errors cannot fill the memory or the response.
 */
final class BadRows {

    static final int MAX_REPORTED = 1000;

    private final List<ProblemError> reported = new ArrayList<>();
    private long errors;
    private long lines;
    private long lastLine = -1;

    void add(long line, String column, String message) {
        errors++;
        if (line != lastLine) {
            lines++;
            lastLine = line;
        }
        if (reported.size() < MAX_REPORTED) {
            reported.add(new ProblemError(column, line, message));
        }
    }

    boolean isEmpty() {
        return errors == 0;
    }

    /** Lines with at least one error. */
    long lines() {
        return lines;
    }

    long errors() {
        return errors;
    }

    List<ProblemError> reported() {
        return List.copyOf(reported);
    }

    /** What the refusal says: how many bad lines, and whether the list is cut short. */
    String summary() {
        String text = "The file has " + lines + " bad line(s); nothing was imported";
        if (errors > reported.size()) {
            text += ". The first " + reported.size() + " of " + errors + " errors are listed";
        }
        return text;
    }
}
