package dk.virkning.participant;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Whose teams a staff member is on; implemented by the casework, which keeps the teams. */
public interface TeamDirectory {

    /** The participants of a program whose team includes {@code member} on {@code day}. */
    Set<UUID> participantsWith(UUID program, String member, LocalDate day);
}
