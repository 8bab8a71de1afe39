package dk.virkning.settlement;

import dk.virkning.api.SettlementsApi;
import dk.virkning.api.model.SettlementRequest;
import dk.virkning.api.model.Statement;
import dk.virkning.api.model.StatementDispute;
import dk.virkning.api.model.StatementPage;
import dk.virkning.api.model.StatementVerification;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.VersionedChanges;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SettlementsController implements SettlementsApi {

    private final Settlements settlements;
    private final StatementDecisions decisions;
    private final StatementVerifier verifier;
    private final VersionedChanges versioned;

    SettlementsController(
            Settlements settlements,
            StatementDecisions decisions,
            StatementVerifier verifier,
            VersionedChanges versioned) {
        this.verifier = verifier;
        this.versioned = versioned;
        this.settlements = settlements;
        this.decisions = decisions;
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Statement> runSettlement(String municipalityId, UUID programId, SettlementRequest body) {
        StoredStatement s = settlements.settle(
                CurrentUser.get(), new ProgramId(programId), body.getPeriod(), Boolean.TRUE.equals(body.getIssue()));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipalityId + "/programs/" + programId
                        + "/statements/" + s.id()))
                .body(StatementResponses.withLines(s, settlements.lines(s.id())));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<StatementPage> listStatements(
            String municipalityId, UUID programId, Integer page, Integer size) {
        Page<StoredStatement> result = settlements.list(
                CurrentUser.get(), new ProgramId(programId), Pages.request(page, size, Sort.unsorted()));
        return ResponseEntity.ok(new StatementPage()
                .items(result.map(StatementResponses::listed).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<Statement> getStatement(String municipalityId, UUID programId, UUID statementId) {
        StoredStatement s = settlements.get(CurrentUser.get(), new ProgramId(programId), statementId);
        return ResponseEntity.ok().eTag(etag(s)).body(StatementResponses.withLines(s, settlements.lines(s.id())));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<StatementVerification> verifyStatement(
            String municipalityId, UUID programId, UUID statementId) {
        StatementVerifier.Verification v = verifier.verify(CurrentUser.get(), new ProgramId(programId), statementId);
        return ResponseEntity.ok(new StatementVerification()
                .statementId(v.stored().id())
                .matches(v.matches())
                .inputMatches(v.inputMatches())
                .pluginMatches(v.pluginMatches())
                .storedStatementHash(v.stored().content().statementHash())
                .recomputedStatementHash(v.recomputedStatementHash())
                .storedInputSha256(v.stored().content().inputSha256())
                .recomputedInputSha256(v.recomputedInputSha256())
                .recomputedEarned(
                        v.recomputedEarned() == null
                                ? null
                                : v.recomputedEarned().toPlainString()));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Resource> downloadStatementSnapshot(String municipalityId, UUID programId, UUID statementId) {
        StatementVerifier.Snapshot snapshot =
                verifier.snapshot(CurrentUser.get(), new ProgramId(programId), statementId);
        String name = "statement-" + snapshot.statement().period().label() + "-"
                + snapshot.statement().id() + "-input.gz";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/gzip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new ByteArrayResource(snapshot.gzip()));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Statement> issueStatement(String municipalityId, UUID programId, UUID statementId) {
        StoredStatement s = decided(
                programId,
                statementId,
                () -> decisions.issue(CurrentUser.get(), new ProgramId(programId), statementId));
        return ResponseEntity.ok().eTag(etag(s)).body(StatementResponses.withLines(s, settlements.lines(s.id())));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Statement> approveStatement(String municipalityId, UUID programId, UUID statementId) {
        StoredStatement s = decided(
                programId,
                statementId,
                () -> decisions.approve(CurrentUser.get(), new ProgramId(programId), statementId));
        return ResponseEntity.ok().eTag(etag(s)).body(StatementResponses.withLines(s, settlements.lines(s.id())));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Statement> disputeStatement(
            String municipalityId, UUID programId, UUID statementId, StatementDispute body) {
        StoredStatement s = decided(
                programId,
                statementId,
                () -> decisions.dispute(CurrentUser.get(), new ProgramId(programId), statementId, body.getReason()));
        return ResponseEntity.ok().eTag(etag(s)).body(StatementResponses.withLines(s, settlements.lines(s.id())));
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<Void> discardDraftStatement(String municipalityId, UUID programId, UUID statementId) {
        decided(programId, statementId, () -> {
            decisions.discard(CurrentUser.get(), new ProgramId(programId), statementId);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /**
     * A decision on a statement read before: If-Match, when sent, must name its current status, checked
     * and decided in one locked transaction.
     */
    private <T> T decided(UUID programId, UUID statementId, java.util.function.Supplier<T> decision) {
        return versioned.change(
                "statement:" + statementId,
                () -> etag(settlements.get(CurrentUser.get(), new ProgramId(programId), statementId)),
                false,
                decision);
    }

    private static String etag(StoredStatement s) {
        return dk.virkning.shared.Preconditions.etag("statement", s.id(), s.status());
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','PROVIDER_STAFF')")
    public ResponseEntity<Statement> forecastStatement(String municipalityId, UUID programId, String period) {
        StatementCalculator.Computed c = settlements.forecast(CurrentUser.get(), new ProgramId(programId), period);
        return ResponseEntity.ok(StatementResponses.withLines(c.statement(), c.lines()));
    }
}
