package dk.virkning.organisation;

import java.util.Objects;
import java.util.UUID;

/** The id of a provider or investor organisation. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
