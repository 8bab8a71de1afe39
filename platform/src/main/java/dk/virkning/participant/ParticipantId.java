package dk.virkning.participant;

import java.util.Objects;
import java.util.UUID;

/** The id of a participant: pseudonymous, it says nothing about the citizen. */
public record ParticipantId(UUID value) {

    public ParticipantId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
