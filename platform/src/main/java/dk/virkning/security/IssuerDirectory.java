package dk.virkning.security;

import java.util.Optional;
import java.util.UUID;

/** The registered identity providers, as the resource server consults them for every token. */
public interface IssuerDirectory {

    /** The registration of an issuer, if it is registered. */
    Optional<RegisteredIssuer> find(String issuerUri);

    /** Whether the municipality signs its people in through an issuer of its own. */
    boolean municipalityHasOwnIssuer(String municipality);

    /** Whether the organisation signs its people in through an issuer of its own. */
    boolean organisationHasOwnIssuer(UUID organisation);
}
