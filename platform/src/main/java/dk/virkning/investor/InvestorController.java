package dk.virkning.investor;

import dk.virkning.api.InvestorApi;
import dk.virkning.api.model.InvestorStatement;
import dk.virkning.api.model.InvestorStatementPage;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.shared.Pages;
import dk.virkning.tenant.TenantContext;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvestorController implements InvestorApi {

    private final InvestorStatements statements;

    InvestorController(InvestorStatements statements) {
        this.statements = statements;
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<InvestorStatementPage> listInvestorStatements(Integer page, Integer size) {
        OrganisationId investor = InvestorPrincipal.organisation();
        Page<InvestorStatement> result = TenantContext.callAs(
                TenantContext.ALL_TENANTS, () -> statements.list(investor, Pages.request(page, size, Sort.unsorted())));
        return ResponseEntity.ok(
                new InvestorStatementPage().items(result.getContent()).page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasRole('INVESTOR_ANALYST')")
    public ResponseEntity<InvestorStatement> getInvestorStatement(UUID statementId) {
        OrganisationId investor = InvestorPrincipal.organisation();
        return ResponseEntity.ok(
                TenantContext.callAs(TenantContext.ALL_TENANTS, () -> statements.get(investor, statementId)));
    }
}
