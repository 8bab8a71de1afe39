package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.ProgramId;
import dk.virkning.settlement.StatementAmounts;
import dk.virkning.settlement.StatementContent;
import dk.virkning.settlement.StatementLifecycle;
import dk.virkning.settlement.StatementPeriod;
import dk.virkning.settlement.StatementStatus;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.snapshot.PluginIdentity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortfolioCalculatorTest {

    private static final ProgramId PROGRAM = new ProgramId(UUID.randomUUID());
    private static final OrganisationId A = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId B = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId C = new OrganisationId(UUID.randomUUID());

    @Test
    void aSoleInvestorGetsEveryDueAmountDatedAtItsPeriodsEnd() {
        PortfolioCalculator.ProgramFigures f = PortfolioCalculator.program(
                A,
                List.of(A),
                List.of(tx(A, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "1000.00")),
                List.of(statement("2023-03-31", "600.00", "ISSUED"), statement("2023-06-30", "500.00", "ISSUED")));

        assertThat(f.share().value()).isEqualByComparingTo("1");
        assertThat(f.statements()).isEqualTo(2);
        assertThat(f.figures().outcomePayments()).isEqualByComparingTo("1100.00");
        assertThat(f.figures().net()).isEqualByComparingTo("100.00");
        assertThat(f.figures().moic()).isEqualByComparingTo("1.1000");
        assertThat(f.cashFlows())
                .extracting(Xirr.CashFlow::date)
                .containsExactly(
                        LocalDate.parse("2023-01-01"), LocalDate.parse("2023-03-31"), LocalDate.parse("2023-06-30"));
        assertThat(f.figures().irr().defined()).isTrue();
    }

    @Test
    void severalInvestorsShareProRataToDrawnCapitalRoundedPerStatement() {
        List<CapitalTransaction> txs = List.of(
                tx(A, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "100.00"),
                tx(B, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "200.00"),
                tx(A, CapitalTransaction.Type.REPAYMENT, "2023-02-01", "10.00"));

        PortfolioCalculator.ProgramFigures a = PortfolioCalculator.program(
                A, List.of(A, B), txs, List.of(statement("2023-03-31", "100.00", "ISSUED")));

        // 100.00 × 100 / 300 = 33.333… → 33.33; repayments do not weigh the share.
        assertThat(a.share().value()).isEqualByComparingTo("0.333333");
        assertThat(a.figures().outcomePayments()).isEqualByComparingTo("33.33");
        assertThat(a.figures().drawn()).isEqualByComparingTo("100.00");
        assertThat(a.figures().repaid()).isEqualByComparingTo("10.00");
    }

    @Test
    void whileNobodyHasDrawnTheInvestorsShareEqually() {
        PortfolioCalculator.ProgramFigures f = PortfolioCalculator.program(
                C, List.of(A, B, C), List.of(), List.of(statement("2023-03-31", "100.00", "ISSUED")));

        assertThat(f.figures().outcomePayments()).isEqualByComparingTo("33.33");
        assertThat(f.figures().moic()).isNull();
        assertThat(f.figures().irr().defined()).isFalse();
        assertThat(f.figures().irr().undefinedReason()).contains("No capital");
    }

    @Test
    void aClawbackReducesOutcomePaymentsAndOnlyIssuedOrApprovedStatementsCount() {
        PortfolioCalculator.ProgramFigures f = PortfolioCalculator.program(
                A,
                List.of(A),
                List.of(tx(A, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "1000.00")),
                List.of(
                        statement("2023-03-31", "600.00", "ISSUED"),
                        statement("2023-06-30", "-200.00", "APPROVED"),
                        statement("2023-09-30", "999.00", "DISPUTED")));

        assertThat(f.statements()).isEqualTo(2);
        assertThat(f.figures().outcomePayments()).isEqualByComparingTo("400.00");
        assertThat(f.figures().net()).isEqualByComparingTo("-600.00");
        assertThat(f.figures().moic()).isEqualByComparingTo("0.4000");
    }

    @Test
    void totalsAddProgramsAndComputeOneRateOverAllFlows() {
        PortfolioCalculator.ProgramFigures one = PortfolioCalculator.program(
                A,
                List.of(A),
                List.of(tx(A, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "1000.00")),
                List.of(statement("2024-01-01", "1100.00", "ISSUED")));
        PortfolioCalculator.ProgramFigures two = PortfolioCalculator.program(
                A,
                List.of(A),
                List.of(tx(A, CapitalTransaction.Type.DRAWDOWN, "2023-01-01", "1000.00")),
                List.of(statement("2024-01-01", "1100.00", "ISSUED")));

        PortfolioCalculator.Figures total = PortfolioCalculator.total(List.of(one, two));

        assertThat(total.drawn()).isEqualByComparingTo("2000.00");
        assertThat(total.outcomePayments()).isEqualByComparingTo("2200.00");
        assertThat(total.moic()).isEqualByComparingTo("1.1000");
        // 365 days from 2023-01-01 to 2024-01-01: exactly 10 %.
        assertThat(total.irr().rate().doubleValue()).isCloseTo(0.10, org.assertj.core.api.Assertions.within(1e-9));
    }

    private static CapitalTransaction tx(
            OrganisationId investor, CapitalTransaction.Type type, String date, String amount) {
        return new CapitalTransaction(
                UUID.randomUUID(),
                PROGRAM,
                investor,
                "m",
                type,
                LocalDate.parse(date),
                new BigDecimal(amount),
                null,
                Instant.EPOCH,
                "test");
    }

    private static StoredStatement statement(String lastDay, String due, String status) {
        LocalDate last = LocalDate.parse(lastDay);
        return new StoredStatement(
                UUID.randomUUID(),
                "m",
                new StatementContent(
                        PROGRAM,
                        new StatementPeriod("label", last.minusMonths(3).plusDays(1), last),
                        new PluginIdentity("p", "1", ""),
                        "",
                        null,
                        new StatementAmounts(new BigDecimal(due), BigDecimal.ZERO, new BigDecimal(due)),
                        10,
                        ""),
                new StatementLifecycle(
                        StatementStatus.valueOf(status),
                        Instant.EPOCH,
                        "test",
                        Instant.EPOCH,
                        "test",
                        null,
                        null,
                        null));
    }
}
