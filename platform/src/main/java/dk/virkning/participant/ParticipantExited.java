package dk.virkning.participant;

import java.time.LocalDate;

/**
 * Published inside the exit's transaction, so that the casework closes the phase and cancels what
 * was still open.
 *
 * @param participant the participant, now exited
 * @param on the last day of the participation
 */
public record ParticipantExited(Participant participant, LocalDate on) {}
