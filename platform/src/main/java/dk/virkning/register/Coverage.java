package dk.virkning.register;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.IsoWeek;
import java.util.List;

/**
 * The weeks an import covers, for every participant of the program. Inside it a person-week with no
 * row is self-supporting; outside every coverage it is unknown.
 *
 * @param from the first week covered
 * @param to the last week covered
 */
record Coverage(IsoWeek from, IsoWeek to) {

    static final int MAX_WEEKS = 520;

    Coverage {
        long weeks = from.weeksUntil(to) + 1;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ProblemException.unprocessable(
                    "invalid-coverage",
                    "The coverage must run forwards and span at most " + MAX_WEEKS + " weeks",
                    List.of(ProblemError.field("coverageTo", "must be on or after coverageFrom, within 520 weeks")));
        }
    }

    boolean contains(IsoWeek week) {
        return week.compareTo(from) >= 0 && week.compareTo(to) <= 0;
    }

    int weeks() {
        return (int) from.weeksUntil(to) + 1;
    }
}
