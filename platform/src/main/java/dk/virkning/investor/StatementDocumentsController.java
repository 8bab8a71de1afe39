package dk.virkning.investor;

import dk.virkning.api.StatementDocumentsApi;
import dk.virkning.api.model.InvestorStatement;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Statements as PDF and CSV: aggregated for investors, with every line for the municipality. */
@RestController
class StatementDocumentsController implements StatementDocumentsApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Right-aligned columns of the two tables. */
    private static final List<Integer> INVESTOR_NUMERIC = List.of(1, 2);

    private static final List<Integer> FULL_NUMERIC = List.of(0, 5, 6);

    private final StatementDocuments documents;

    StatementDocumentsController(StatementDocuments documents) {
        this.documents = documents;
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<Resource> downloadInvestorStatementPdf(UUID statementId) {
        StatementDocument document = StatementDocuments.investorDocument(investorStatement(statementId));
        return pdf(document.fileName(), StatementPdf.render(document, INVESTOR_NUMERIC));
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<String> downloadInvestorStatementCsv(UUID statementId) {
        InvestorStatement statement = investorStatement(statementId);
        return csv(
                StatementDocuments.investorDocument(statement).fileName(), StatementDocuments.investorCsv(statement));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<Resource> downloadStatementPdf(String municipalityId, UUID programId, UUID statementId) {
        StatementDocuments.Full full = documents.full(CurrentUser.get(), new ProgramId(programId), statementId, "pdf");
        StatementDocument document = StatementDocuments.fullDocument(full);
        return pdf(document.fileName(), StatementPdf.render(document, FULL_NUMERIC));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<String> downloadStatementCsv(String municipalityId, UUID programId, UUID statementId) {
        StatementDocuments.Full full = documents.full(CurrentUser.get(), new ProgramId(programId), statementId, "csv");
        return csv(StatementDocuments.fullDocument(full).fileName(), StatementDocuments.fullCsv(full));
    }

    private InvestorStatement investorStatement(UUID statementId) {
        OrganisationId investor = InvestorPrincipal.organisation();
        return TenantContext.callAs(
                TenantContext.ALL_TENANTS, () -> documents.investorStatement(investor, statementId));
    }

    private static ResponseEntity<Resource> pdf(String fileName, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName + ".pdf"))
                .body(new ByteArrayResource(bytes));
    }

    private static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName + ".csv"))
                .body(body);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
