package dk.virkning.tenant;

import dk.virkning.api.MunicipalitiesApi;
import dk.virkning.api.model.MunicipalityCreate;
import dk.virkning.api.model.MunicipalityPage;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.shared.Pages;
import dk.virkning.shared.ProblemException;
import java.net.URI;
import java.time.ZoneOffset;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MunicipalitiesController implements MunicipalitiesApi {

    private final Municipalities municipalities;

    MunicipalitiesController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<MunicipalityPage> listMunicipalities(Integer page, Integer size) {
        Page<Municipality> result = municipalities.list(Pages.request(page, size, Sort.by("id")));
        return ResponseEntity.ok(new MunicipalityPage()
                .items(result.map(MunicipalitiesController::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public ResponseEntity<dk.virkning.api.model.Municipality> createMunicipality(MunicipalityCreate body) {
        Municipality created = municipalities.create(body.getId(), body.getName(), body.getMunicipalityCode());
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + created.id()))
                .body(toApi(created));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<dk.virkning.api.model.Municipality> getMunicipality(String municipalityId) {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.PLATFORM_OPERATOR) && !user.worksFor(municipalityId)) {
            throw ProblemException.notFound("Municipality '" + municipalityId + "'");
        }
        return ResponseEntity.ok(toApi(municipalities.get(municipalityId)));
    }

    static dk.virkning.api.model.Municipality toApi(Municipality m) {
        return new dk.virkning.api.model.Municipality()
                .id(m.id())
                .name(m.name())
                .municipalityCode(m.code())
                .createdAt(m.createdAt().atOffset(ZoneOffset.UTC));
    }
}
