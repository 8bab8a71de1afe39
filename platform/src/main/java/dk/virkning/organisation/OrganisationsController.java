package dk.virkning.organisation;

import dk.virkning.api.OrganisationsApi;
import dk.virkning.api.model.OrganisationCreate;
import dk.virkning.api.model.OrganisationPage;
import dk.virkning.shared.Pages;
import dk.virkning.shared.ProblemException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationsController implements OrganisationsApi {

    private final Organisations organisations;

    OrganisationsController(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN')")
    public ResponseEntity<OrganisationPage> listOrganisations(
            dk.virkning.api.model.OrganisationType type, Integer page, Integer size) {
        Page<Organisation> result = organisations.list(
                type == null ? null : OrganisationType.valueOf(type.name()),
                Pages.request(page, size, Sort.by("name")));
        return ResponseEntity.ok(new OrganisationPage()
                .items(result.map(OrganisationsController::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<dk.virkning.api.model.Organisation> createOrganisation(OrganisationCreate body) {
        Organisation created = organisations.create(
                body.getName(), OrganisationType.valueOf(body.getType().name()), body.getCvr());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(toApi(created));
    }

    @Override
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','MUNICIPALITY_ADMIN')")
    public ResponseEntity<dk.virkning.api.model.Organisation> getOrganisation(UUID organisationId) {
        return organisations
                .find(new OrganisationId(organisationId))
                .map(o -> ResponseEntity.ok(toApi(o)))
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
    }

    static dk.virkning.api.model.Organisation toApi(Organisation o) {
        return new dk.virkning.api.model.Organisation()
                .id(o.id().value())
                .name(o.name())
                .type(dk.virkning.api.model.OrganisationType.valueOf(o.type().name()))
                .cvr(o.cvr())
                .createdAt(o.createdAt().atOffset(ZoneOffset.UTC));
    }
}
