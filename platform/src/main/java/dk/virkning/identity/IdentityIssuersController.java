package dk.virkning.identity;

import dk.virkning.api.IdentityIssuersApi;
import dk.virkning.api.model.IdentityIssuer;
import dk.virkning.api.model.IdentityIssuerCreate;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.RegisteredIssuer;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IdentityIssuersController implements IdentityIssuersApi {

    private final IssuerRegistrations registrations;

    IdentityIssuersController(IssuerRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<List<IdentityIssuer>> listIdentityIssuers() {
        return ResponseEntity.ok(registrations.list().stream()
                .map(IdentityIssuersController::toApi)
                .toList());
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<IdentityIssuer> registerIdentityIssuer(IdentityIssuerCreate body) {
        RegisteredIssuer registered = registrations.register(
                CurrentUser.get(),
                new IssuerRegistrations.Request(
                        body.getIssuerUri(),
                        body.getMunicipalityId(),
                        body.getOrganisationId(),
                        body.getAudience(),
                        body.getClientIds(),
                        body.getRolesClaim(),
                        body.getRoleMapping(),
                        body.getSubjectClaim(),
                        body.getNameClaim()));
        return ResponseEntity.created(URI.create("/api/v1/identity-issuers/" + registered.id()))
                .body(toApi(registered));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<IdentityIssuer> getIdentityIssuer(UUID issuerId) {
        return ResponseEntity.ok(toApi(registrations.get(issuerId)));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<Void> deleteIdentityIssuer(UUID issuerId) {
        registrations.delete(CurrentUser.get(), issuerId);
        return ResponseEntity.noContent().build();
    }

    private static IdentityIssuer toApi(RegisteredIssuer r) {
        return new IdentityIssuer()
                .id(r.id())
                .issuerUri(r.issuerUri())
                .jwksUri(r.jwksUri())
                .municipalityId(r.municipality().orElse(null))
                .organisationId(r.organisation().orElse(null))
                .audience(r.audience())
                .clientIds(r.clientIds())
                .rolesClaim(r.rolesClaim())
                .roleMapping(IssuerRegistry.mappingAsText(r.roleMapping()))
                .subjectClaim(r.subjectClaim())
                .nameClaim(r.nameClaim())
                .createdAt(r.createdAt().atOffset(ZoneOffset.UTC));
    }
}
