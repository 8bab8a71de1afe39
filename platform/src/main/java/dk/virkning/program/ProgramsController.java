package dk.virkning.program;

import dk.virkning.api.ProgramsApi;
import dk.virkning.api.model.PluginVersionMove;
import dk.virkning.api.model.ProgramCreate;
import dk.virkning.api.model.ProgramPage;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.Preconditions;
import dk.virkning.shared.VersionedChanges;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgramsController implements ProgramsApi {

    private final Programs programs;
    private final ProgramEnrollmentCounter enrollment;
    private final VersionedChanges versioned;

    ProgramsController(Programs programs, ProgramEnrollmentCounter enrollment, VersionedChanges versioned) {
        this.versioned = versioned;
        this.programs = programs;
        this.enrollment = enrollment;
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<ProgramPage> listPrograms(String municipalityId, Integer page, Integer size) {
        Page<Program> result = programs.list(CurrentUser.get(), Pages.request(page, size, Sort.by("createdAt", "id")));
        return ResponseEntity.ok(
                new ProgramPage().items(result.map(this::toApi).toList()).page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<dk.virkning.api.model.Program> createProgram(String municipalityId, ProgramCreate body) {
        ProgramDraft draft = new ProgramDraft(
                body.getName(),
                new OrganisationId(body.getProviderId()),
                // Optional in the contract: an explicit null means none.
                (body.getInvestorIds() == null ? List.<UUID>of() : body.getInvestorIds())
                        .stream().distinct().map(OrganisationId::new).toList(),
                body.getPluginId(),
                body.getPluginVersion(),
                body.getTerms(),
                body.getStartDate(),
                body.getCapacity());
        Program created = programs.create(draft, CurrentUser.get().subject());
        return ResponseEntity.created(
                        URI.create("/api/v1/municipalities/" + municipalityId + "/programs/" + created.id()))
                .body(toApi(created));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Program> getProgram(String municipalityId, UUID programId) {
        Program program = programs.get(CurrentUser.get(), new ProgramId(programId));
        return ResponseEntity.ok().eTag(etag(program)).body(toApi(program));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<dk.virkning.api.model.Program> moveProgramPluginVersion(
            String municipalityId, UUID programId, PluginVersionMove body) {
        ProgramId id = new ProgramId(programId);
        Program moved = versioned.change(
                "program:" + programId,
                () -> etag(programs.get(CurrentUser.get(), id)),
                false,
                () -> programs.movePluginVersion(CurrentUser.get(), id, body.getVersion(), body.getReason()));
        return ResponseEntity.ok().eTag(etag(moved)).body(toApi(moved));
    }

    /** A program's version: what can change after creation is its plugin version. */
    private static String etag(Program p) {
        return Preconditions.etag("program", p.id().value(), p.pluginVersion());
    }

    private dk.virkning.api.model.Program toApi(Program p) {
        return new dk.virkning.api.model.Program()
                .id(p.id().value())
                .municipalityId(p.municipality())
                .name(p.name())
                .providerId(p.provider().value())
                .investorIds(p.investors().stream().map(OrganisationId::value).toList())
                .pluginId(p.pluginId())
                .pluginVersion(p.pluginVersion())
                .terms(programs.termsMap(p))
                .startDate(p.startDate())
                .capacity(p.capacity())
                .enrolled(enrollment.enrolled(p.id()))
                .createdAt(p.createdAt().atOffset(ZoneOffset.UTC));
    }
}
