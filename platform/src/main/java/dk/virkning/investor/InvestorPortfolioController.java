package dk.virkning.investor;

import dk.virkning.api.InvestorPortfolioApi;
import dk.virkning.api.model.CapitalTransactionCreate;
import dk.virkning.api.model.CapitalTransactionPage;
import dk.virkning.api.model.CapitalTransactionType;
import dk.virkning.api.model.Portfolio;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.tenant.TenantContext;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvestorPortfolioController implements InvestorPortfolioApi {

    private final CapitalTransactions transactions;
    private final InvestorPortfolio portfolio;

    InvestorPortfolioController(CapitalTransactions transactions, InvestorPortfolio portfolio) {
        this.transactions = transactions;
        this.portfolio = portfolio;
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<dk.virkning.api.model.CapitalTransaction> recordCapitalTransaction(
            UUID programId, CapitalTransactionCreate body, String idempotencyKey) {
        OrganisationId investor = InvestorPrincipal.organisation();
        String subject = CurrentUser.get().subject();
        CapitalTransactions.Draft draft = new CapitalTransactions.Draft(
                body.getId(),
                idempotencyKey,
                CapitalTransaction.Type.valueOf(body.getType().getValue()),
                body.getDate(),
                body.getAmount(),
                body.getNote());
        CapitalTransactions.Outcome outcome = TenantContext.callAs(
                TenantContext.ALL_TENANTS,
                () -> transactions.record(investor, new ProgramId(programId), draft, subject));
        dk.virkning.api.model.CapitalTransaction result = toApi(outcome.transaction());
        if (!outcome.created()) {
            return ResponseEntity.status(HttpStatus.OK).body(result);
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/investor/programs/" + programId + "/capital-transactions/" + result.getId()))
                .body(result);
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<CapitalTransactionPage> listCapitalTransactions(UUID programId, Integer page, Integer size) {
        OrganisationId investor = InvestorPrincipal.organisation();
        Page<CapitalTransaction> result = TenantContext.callAs(
                TenantContext.ALL_TENANTS,
                () -> transactions.list(
                        investor, new ProgramId(programId), Pages.request(page, size, Sort.unsorted())));
        return ResponseEntity.ok(new CapitalTransactionPage()
                .items(result.map(InvestorPortfolioController::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<Portfolio> getPortfolio() {
        OrganisationId investor = InvestorPrincipal.organisation();
        return ResponseEntity.ok(TenantContext.callAs(TenantContext.ALL_TENANTS, () -> portfolio.of(investor)));
    }

    private static dk.virkning.api.model.CapitalTransaction toApi(CapitalTransaction t) {
        return new dk.virkning.api.model.CapitalTransaction()
                .id(t.id())
                .programId(t.program().value())
                .investorId(t.investor().value())
                .municipalityId(t.municipality())
                .type(CapitalTransactionType.fromValue(t.type().name()))
                .date(t.date())
                .amount(t.amount().toPlainString())
                .note(t.note())
                .recordedAt(t.recordedAt().atOffset(ZoneOffset.UTC))
                .recordedBy(t.recordedBy());
    }
}
