package dk.virkning.participant;

import java.time.LocalDate;

/**
 * The phase a participant is in now.
 *
 * @param phase the phase code from the program's model
 * @param startedOn the day it started
 * @param maxWeeks the model's maximum duration of the phase
 */
public record CurrentPhase(String phase, LocalDate startedOn, int maxWeeks) {

    /** The last day within the maximum duration. */
    public LocalDate dueBy() {
        return startedOn.plusWeeks(maxWeeks).minusDays(1);
    }

    /** Whether the phase has run past its maximum duration on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueBy());
    }
}
