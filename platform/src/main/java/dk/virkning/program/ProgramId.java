package dk.virkning.program;

import java.util.Objects;
import java.util.UUID;

/** The id of a program. */
public record ProgramId(UUID value) {

    public ProgramId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
