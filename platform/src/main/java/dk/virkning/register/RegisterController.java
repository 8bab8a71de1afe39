package dk.virkning.register;

import dk.virkning.api.RegisterApi;
import dk.virkning.api.model.RegisterCode;
import dk.virkning.api.model.RegisterCodeMapping;
import dk.virkning.api.model.StatusImport;
import dk.virkning.api.model.StatusImportPage;
import dk.virkning.api.model.StatusImportReport;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.Preconditions;
import dk.virkning.shared.VersionedChanges;
import dk.virkning.shared.WeekParameter;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegisterController implements RegisterApi {

    private final StatusImports imports;
    private final RegisterCodeMappings mappings;
    private final VersionedChanges versioned;

    RegisterController(StatusImports imports, RegisterCodeMappings mappings, VersionedChanges versioned) {
        this.versioned = versioned;
        this.imports = imports;
        this.mappings = mappings;
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
        return ResponseEntity.created(location(municipalityId, programId, outcome.record()))
                .body(toApi(outcome.record()));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<StatusImportReport> uploadStatuses(
            String municipalityId,
            UUID programId,
            String coverageFrom,
            String coverageTo,
            Resource body,
            String format) {
        StatusImports.Outcome outcome;
        try (InputStream in = body.getInputStream()) {
            outcome = imports.importFile(
                    CurrentUser.get(),
                    new ProgramId(programId),
                    WeekParameter.parse(coverageFrom, "coverageFrom"),
                    WeekParameter.parse(coverageTo, "coverageTo"),
                    format == null ? null : RegisterFormat.valueOf(format),
                    in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
        if (!outcome.created()) {
            return ResponseEntity.ok(toReport(outcome.record()));
        }
        return ResponseEntity.created(location(municipalityId, programId, outcome.record()))
                .body(toReport(outcome.record()));
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

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<StatusImportReport> getStatusImportReport(
            String municipalityId, UUID programId, UUID importId) {
        return ResponseEntity.ok(toReport(imports.get(CurrentUser.get(), new ProgramId(programId), importId)));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<RegisterCodeMapping> getRegisterCodeMapping(String municipalityId) {
        Map<String, WeeklyStatus> mapping = mappings.get(municipalityId);
        return ResponseEntity.ok().eTag(etag(mapping)).body(toApi(mapping));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<RegisterCodeMapping> putRegisterCodeMapping(
            String municipalityId, RegisterCodeMapping mapping) {
        List<RegisterCodeMappings.Entry> entries = mapping.getCodes().stream()
                .map(c -> new RegisterCodeMappings.Entry(c.getSourceCode(), c.getStatus()))
                .toList();
        Map<String, WeeklyStatus> replaced = versioned.change(
                "code-mapping:" + municipalityId,
                () -> etag(mappings.get(municipalityId)),
                true,
                () -> mappings.replace(CurrentUser.get(), municipalityId, entries));
        return ResponseEntity.ok().eTag(etag(replaced)).body(toApi(replaced));
    }

    private static String etag(Map<String, WeeklyStatus> mapping) {
        return Preconditions.etag(new java.util.TreeMap<>(mapping).toString());
    }

    private static URI location(String municipalityId, UUID programId, StatusImportRecord r) {
        return URI.create(
                "/api/v1/municipalities/" + municipalityId + "/programs/" + programId + "/status-imports/" + r.id());
    }

    private static RegisterCodeMapping toApi(Map<String, WeeklyStatus> mapping) {
        return new RegisterCodeMapping()
                .codes(mapping.entrySet().stream()
                        .map(e -> new RegisterCode()
                                .sourceCode(e.getKey())
                                .status(e.getValue().name()))
                        .toList());
    }

    private static StatusImport toApi(StatusImportRecord r) {
        return new StatusImport()
                .id(r.id())
                .programId(r.program().value())
                .contentSha256(r.contentSha256())
                .coverageFrom(r.coverageFrom().toString())
                .coverageTo(r.coverageTo().toString())
                .rows(r.rows())
                .coverageScope(
                        dk.virkning.api.model.CoverageScope.fromValue(r.scope().name()))
                .personsCovered(r.personsCovered())
                .personWeeks(r.personWeeks())
                .personsChanged(r.personsChanged())
                .changedWeeks(r.changedWeeks())
                .importedAt(r.importedAt().atOffset(ZoneOffset.UTC));
    }

    private static StatusImportReport toReport(StatusImportRecord r) {
        return new StatusImportReport()
                .id(r.id())
                .programId(r.program().value())
                .format(r.format().name())
                .contentSha256(r.contentSha256())
                .coverageFrom(r.coverageFrom().toString())
                .coverageTo(r.coverageTo().toString())
                .rows(r.rows())
                .coverageScope(
                        dk.virkning.api.model.CoverageScope.fromValue(r.scope().name()))
                .personsCovered(r.personsCovered())
                .personWeeks(r.personWeeks())
                .personsChanged(r.personsChanged())
                .changedWeeks(r.changedWeeks())
                .importedAt(r.importedAt().atOffset(ZoneOffset.UTC))
                .badRowCount(0L)
                .badRows(List.of());
    }
}
