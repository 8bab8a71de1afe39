package dk.virkning.casework;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.time.LocalDate;
import java.util.List;

/** The one check most recorded dates need: on or after some day, and not in the future. */
final class DateRules {

    private DateRules() {}

    static void requireBetween(LocalDate day, LocalDate earliest, LocalDate today, String field) {
        if (day.isBefore(earliest) || day.isAfter(today)) {
            throw ProblemException.unprocessable(
                    "invalid-date",
                    field + " must lie between " + earliest + " and today (" + today + ")",
                    List.of(ProblemError.field(field, "is outside " + earliest + ".." + today)));
        }
    }
}
