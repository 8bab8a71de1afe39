package dk.virkning.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurement of a participant, such as a WHO-5 well-being score.
 *
 * @param instrument the instrument, e.g. {@code WHO5}
 * @param date the day it was taken
 * @param score the score on the instrument's scale (WHO-5: 0 to 100)
 * @param atReferral whether this is the baseline measurement taken at referral
 */
public record Measurement(String instrument, LocalDate date, int score, boolean atReferral) {

    /** Validates the required fields. */
    public Measurement {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(date, "date");
    }
}
