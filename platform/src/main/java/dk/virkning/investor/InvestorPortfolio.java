package dk.virkning.investor;

import dk.virkning.api.model.Portfolio;
import dk.virkning.api.model.PortfolioFigures;
import dk.virkning.api.model.PortfolioProgram;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.tenant.Municipalities;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An investor's portfolio across municipalities (see {@link PortfolioCalculator} for the figures).
 * Callers run this with the all-tenants context; only programs the organisation funds are read.
 */
@Service
class InvestorPortfolio {

    private final Programs programs;
    private final Settlements settlements;
    private final CapitalTransactionStore transactions;
    private final Municipalities municipalities;
    private final Clock clock;

    InvestorPortfolio(
            Programs programs,
            Settlements settlements,
            CapitalTransactionStore transactions,
            Municipalities municipalities,
            Clock clock) {
        this.programs = programs;
        this.settlements = settlements;
        this.transactions = transactions;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Portfolio of(OrganisationId investor) {
        List<Program> funded = programs.fundedBy(investor).stream()
                .sorted(Comparator.comparing(Program::municipality)
                        .thenComparing(Program::name)
                        .thenComparing(p -> p.id().value()))
                .toList();
        List<ProgramId> ids = funded.stream().map(Program::id).toList();
        Map<ProgramId, List<CapitalTransaction>> txByProgram =
                transactions.ofPrograms(ids).stream().collect(Collectors.groupingBy(CapitalTransaction::program));
        Map<ProgramId, List<StoredStatement>> statementsByProgram =
                settlements.allStatementsOf(ids).stream().collect(Collectors.groupingBy(StoredStatement::program));
        List<PortfolioProgram> rows = new ArrayList<>();
        List<PortfolioCalculator.ProgramFigures> all = new ArrayList<>();
        for (Program p : funded) {
            PortfolioCalculator.ProgramFigures f = PortfolioCalculator.program(
                    investor,
                    p.investors(),
                    txByProgram.getOrDefault(p.id(), List.of()),
                    statementsByProgram.getOrDefault(p.id(), List.of()));
            all.add(f);
            rows.add(new PortfolioProgram()
                    .programId(p.id().value())
                    .programName(p.name())
                    .municipalityId(p.municipality())
                    .municipalityName(municipalities.get(p.municipality()).name())
                    .attributionShare(f.share().value().toPlainString())
                    .statements(f.statements())
                    .figures(toApi(f.figures())));
        }
        return new Portfolio()
                .investorId(investor.value())
                .asOf(LocalDate.now(clock))
                .programs(rows)
                .totals(toApi(PortfolioCalculator.total(all)));
    }

    static PortfolioFigures toApi(PortfolioCalculator.Figures f) {
        return new PortfolioFigures()
                .capitalDrawn(f.drawn().toPlainString())
                .capitalRepaid(f.repaid().toPlainString())
                .outcomePayments(f.outcomePayments().toPlainString())
                .net(f.net().toPlainString())
                .moic(f.moic() == null ? null : f.moic().toPlainString())
                .irr(
                        f.irr().defined()
                                ? f.irr()
                                        .rate()
                                        .setScale(6, RoundingMode.HALF_EVEN)
                                        .toPlainString()
                                : null)
                .irrUndefinedReason(f.irr().undefinedReason());
    }
}
