package dk.virkning.register;

import dk.virkning.api.RegisterApi;
import dk.virkning.api.model.StatusImport;
import dk.virkning.api.model.StatusImportPage;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.WeekParameter;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegisterController implements RegisterApi {

    private final StatusImports imports;

    RegisterController(StatusImports imports) {
        this.imports = imports;
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<StatusImport> importStatuses(
            String municipalityId, UUID programId, String coverageFrom, String coverageTo, String body) {
        StatusImports.Outcome outcome = imports.importLongFormat(
                CurrentUser.get(),
                new ProgramId(programId),
                WeekParameter.parse(coverageFrom, "coverageFrom"),
                WeekParameter.parse(coverageTo, "coverageTo"),
                body == null ? "" : body);
        if (!outcome.created()) {
            return ResponseEntity.ok(toApi(outcome.record()));
        }
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipalityId + "/programs/" + programId
                        + "/status-imports/" + outcome.record().id()))
                .body(toApi(outcome.record()));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<StatusImportPage> listStatusImports(
            String municipalityId, UUID programId, Integer page, Integer size) {
        Page<StatusImportRecord> result =
                imports.list(CurrentUser.get(), new ProgramId(programId), Pages.request(page, size, Sort.unsorted()));
        return ResponseEntity.ok(new StatusImportPage()
                .items(result.map(RegisterController::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<StatusImport> getStatusImport(String municipalityId, UUID programId, UUID importId) {
        return ResponseEntity.ok(toApi(imports.get(CurrentUser.get(), new ProgramId(programId), importId)));
    }

    private static StatusImport toApi(StatusImportRecord r) {
        return new StatusImport()
                .id(r.id())
                .programId(r.program().value())
                .contentSha256(r.contentSha256())
                .coverageFrom(r.coverageFrom().toString())
                .coverageTo(r.coverageTo().toString())
                .rows(r.rows())
                .personsCovered(r.personsCovered())
                .personWeeks(r.personWeeks())
                .importedAt(r.importedAt().atOffset(ZoneOffset.UTC));
    }
}
