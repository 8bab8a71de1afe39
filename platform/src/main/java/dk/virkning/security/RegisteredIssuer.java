package dk.virkning.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A municipality's or organisation's own identity provider, as the operator registered it.
 *
 * @param id the registration
 * @param issuerUri the issuer, exactly as its tokens' {@code iss}
 * @param jwksUri where its signing keys are published (from its discovery document)
 * @param municipality the municipality it signs in, if it serves one
 * @param organisation the organisation it signs in, if it serves one
 * @param audience the {@code aud} its tokens must carry
 * @param clientIds when not empty, the clients ({@code azp} or {@code client_id}) its tokens must name
 * @param rolesClaim the claim (a dotted path reaches into objects) that carries the roles
 * @param roleMapping claim value to Virkning role
 * @param subjectClaim the claim that identifies the person
 * @param nameClaim the claim with the person's display name
 * @param createdAt when it was registered (a new registration of the same issuer is a new version)
 */
public record RegisteredIssuer(
        UUID id,
        String issuerUri,
        String jwksUri,
        Optional<String> municipality,
        Optional<UUID> organisation,
        String audience,
        List<String> clientIds,
        String rolesClaim,
        Map<String, Role> roleMapping,
        String subjectClaim,
        String nameClaim,
        Instant createdAt) {

    public RegisteredIssuer {
        clientIds = List.copyOf(clientIds);
        roleMapping = Map.copyOf(roleMapping);
    }
}
