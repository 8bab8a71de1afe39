package dk.virkning.investor;

import dk.virkning.api.model.InvestorStatement;
import dk.virkning.api.model.Period;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.SettlementPeriod;
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
        return settlements
                .statementsOf(List.copyOf(funded.keySet()), pageable)
                .map(s -> toApi(s, funded.get(s.program())));
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
        return toApi(statement, program);
    }

    private InvestorStatement toApi(StoredStatement s, Program program) {
        boolean suppressed = OutcomeAggregation.suppressCount(s.participants());
        return new InvestorStatement()
                .id(s.id())
                .status(dk.virkning.api.model.StatementStatus.fromValue(s.status()))
                .municipalityId(s.municipality())
                .municipalityName(municipalities.get(s.municipality()).name())
                .programId(program.id().value())
                .programName(program.name())
                .period(new Period()
                        .label(s.periodLabel())
                        .firstDay(s.firstDay())
                        .lastDay(s.lastDay())
                        .horizon(new SettlementPeriod(s.firstDay(), s.lastDay())
                                .horizon()
                                .toString()))
                .pluginId(s.pluginId())
                .pluginVersion(s.pluginVersion())
                .inputSha256(s.inputSha256())
                .statementHash(s.statementHash())
                .earned(s.earned().toPlainString())
                .previouslySettled(s.previouslySettled().toPlainString())
                .due(s.due().toPlainString())
                .participants(suppressed ? null : s.participants())
                .participantsSuppressed(suppressed)
                .outcomes(OutcomeAggregation.aggregate(settlements.lines(s.id())))
                .issuedAt(s.issuedAt().atOffset(ZoneOffset.UTC));
    }
}
