package dk.virkning.shared;

import dk.virkning.spi.IsoWeek;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Parses an ISO week given as a request parameter or field, refusing bad text with a 400 problem. */
public final class WeekParameter {

    private WeekParameter() {}

    public static IsoWeek parse(String text, String field) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-week",
                    "Not an ISO week",
                    List.of(ProblemError.field(field, e.getMessage())));
        }
    }
}
