package dk.virkning.investor;

import dk.virkning.api.model.InvestorStatement;
import dk.virkning.api.model.Period;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.settlement.OpenTotal;
import dk.virkning.settlement.OutcomeTotal;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StatementContent;
import dk.virkning.settlement.StoredLine;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.shared.ProblemException;
import dk.virkning.tenant.Municipalities;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an investor sees: the statements of programs its organisation funds, across municipalities,
 * aggregated per outcome. Never a participant id, never a cell under five persons. Callers run this
 * with the all-tenants context, because an investor's programs span municipalities.
 */
@Service
class InvestorStatements {

    private final Programs programs;
    private final Settlements settlements;
    private final Municipalities municipalities;

    InvestorStatements(Programs programs, Settlements settlements, Municipalities municipalities) {
        this.programs = programs;
        this.settlements = settlements;
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public Page<InvestorStatement> list(OrganisationId investor, Pageable pageable) {
        Map<ProgramId, Program> funded =
                programs.fundedBy(investor).stream().collect(Collectors.toMap(Program::id, Function.identity()));
        Page<StoredStatement> page = settlements.statementsOf(List.copyOf(funded.keySet()), pageable);
        List<UUID> ids = page.stream().map(StoredStatement::id).toList();
        Map<UUID, List<OutcomeTotal>> totals = settlements.earnedTotals(ids);
        Map<UUID, List<OpenTotal>> open = settlements.openTotals(ids);
        return page.map(s -> toApi(
                s,
                funded.get(s.program()),
                totals.getOrDefault(s.id(), List.of()),
                open.getOrDefault(s.id(), List.of())));
    }

    @Transactional(readOnly = true)
    public InvestorStatement get(OrganisationId investor, UUID statementId) {
        StoredStatement statement = settlements.find(statementId).orElse(null);
        Program program = statement == null
                ? null
                : programs.fundedBy(investor).stream()
                        .filter(p -> p.id().equals(statement.program()))
                        .findFirst()
                        .orElse(null);
        if (program == null) {
            throw ProblemException.notFound("Statement " + statementId);
        }
        List<StoredLine> lines = settlements.lines(statementId);
        return toApi(statement, program, OutcomeTotal.of(lines), OpenTotal.of(lines));
    }

    private InvestorStatement toApi(
            StoredStatement s, Program program, List<OutcomeTotal> totals, List<OpenTotal> open) {
        StatementContent c = s.content();
        boolean suppressed = OutcomeAggregation.suppressCount(c.participants());
        return new InvestorStatement()
                .id(s.id())
                .status(dk.virkning.api.model.StatementStatus.fromValue(
                        s.status().name()))
                .municipalityId(s.municipality())
                .municipalityName(municipalities.get(s.municipality()).name())
                .programId(program.id().value())
                .programName(program.name())
                .period(new Period()
                        .label(c.period().label())
                        .firstDay(c.period().firstDay())
                        .lastDay(c.period().lastDay())
                        .horizon(c.period().horizon()))
                .pluginId(c.plugin().id())
                .pluginVersion(c.plugin().version())
                .inputSha256(c.inputSha256())
                .statementHash(c.statementHash())
                .earned(c.amounts().earned().toPlainString())
                .previouslySettled(c.amounts().previouslySettled().toPlainString())
                .due(c.amounts().due().toPlainString())
                .participants(suppressed ? null : c.participants())
                .participantsSuppressed(suppressed)
                .outcomes(OutcomeAggregation.aggregateTotals(totals))
                .openAmounts(OutcomeAggregation.aggregateOpen(open))
                .issuedAt(s.lifecycle().issuedAt().atOffset(ZoneOffset.UTC));
    }
}
