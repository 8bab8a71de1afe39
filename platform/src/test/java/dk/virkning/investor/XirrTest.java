package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.investor.Xirr.CashFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XirrTest {

    @Test
    void microsoftsDocumentedExampleGivesExcelsValue() {
        // The XIRR function's documentation (support.microsoft.com): 0.373362535, i.e. 37.34 %.
        // Excel stops iterating at a looser tolerance; the exact root is 0.37336253(35), so the two
        // agree to 8 decimals, far beyond the 6 the API reports.
        Xirr.Result r = Xirr.of(List.of(
                flow("2008-01-01", "-10000"),
                flow("2008-03-01", "2750"),
                flow("2008-10-30", "4250"),
                flow("2009-02-15", "3250"),
                flow("2009-04-01", "2750")));

        assertThat(r.defined()).isTrue();
        assertThat(r.rate().doubleValue()).isCloseTo(0.373362535, within(1e-8));
    }

    @Test
    void theOrderOfTheFlowsDoesNotMatter() {
        Xirr.Result r = Xirr.of(List.of(
                flow("2009-04-01", "2750"),
                flow("2008-10-30", "4250"),
                flow("2008-01-01", "-10000"),
                flow("2009-02-15", "3250"),
                flow("2008-03-01", "2750")));

        assertThat(r.rate().doubleValue()).isCloseTo(0.373362535, within(1e-8));
    }

    @Test
    void oneYearAtTenPercentIsTenPercent() {
        // 365 days apart: 1000 → 1100 is exactly 10 % a year.
        Xirr.Result r = Xirr.of(List.of(flow("2023-01-01", "-1000"), flow("2024-01-01", "1100")));

        assertThat(r.rate().doubleValue()).isCloseTo(0.10, within(1e-10));
    }

    @Test
    void aLossGivesANegativeRate() {
        // Half the money back after two years of 365 days (2021, 2022): (0.5)^(1/2) − 1.
        Xirr.Result r = Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2023-01-01", "500")));

        assertThat(r.rate().doubleValue()).isCloseTo(Math.sqrt(0.5) - 1, within(1e-10));
    }

    @Test
    void anAlmostTotalLossIsStillFoundWhereNewtonsMethodLeavesTheDomain() {
        // 1 back of 1,000,000 after a year: r = 1e-6 − 1. Newton from 10 % steps below −100 %.
        Xirr.Result r = Xirr.of(List.of(flow("2023-01-01", "-1000000"), flow("2024-01-01", "1")));

        assertThat(r.defined()).isTrue();
        assertThat(r.rate().doubleValue()).isCloseTo(1e-6 - 1, within(1e-9));
    }

    @Test
    void aHugeReturnIsFound() {
        // 100 times the money in a year: 9900 %.
        Xirr.Result r = Xirr.of(List.of(flow("2023-01-01", "-100"), flow("2024-01-01", "10000")));

        assertThat(r.rate().doubleValue()).isCloseTo(99.0, within(1e-8));
    }

    @Test
    void onlyOutflowsHaveNoRate() {
        Xirr.Result r = Xirr.of(List.of(flow("2023-01-01", "-1000"), flow("2023-06-01", "-500")));

        assertThat(r.defined()).isFalse();
        assertThat(r.rate()).isNull();
        assertThat(r.undefinedReason()).contains("no sign change");
    }

    @Test
    void onlyInflowsOrNothingHaveNoRate() {
        assertThat(Xirr.of(List.of(flow("2023-01-01", "1000"))).defined()).isFalse();
        assertThat(Xirr.of(List.of()).defined()).isFalse();
        assertThat(Xirr.of(List.of(flow("2023-01-01", "-1000"), flow("2023-02-01", "0")))
                        .defined())
                .isFalse();
    }

    @Test
    void signChangesWithoutARootHaveNoRate() {
        // More is drawn after the returns than any rate can balance: the NPV is negative everywhere.
        Xirr.Result r = Xirr.of(List.of(
                flow("2021-12-15", "-1200000"),
                flow("2022-07-01", "-600000"),
                flow("2022-12-20", "150000"),
                flow("2022-12-31", "297000"),
                flow("2024-01-15", "-250000")));

        assertThat(r.defined()).isFalse();
        assertThat(r.undefinedReason()).contains("keeps one sign");
    }

    @Test
    void flowsOnOneDayHaveNoAnnualRate() {
        Xirr.Result r = Xirr.of(List.of(flow("2023-01-01", "-1000"), flow("2023-01-01", "1200")));

        assertThat(r.defined()).isFalse();
        assertThat(r.undefinedReason()).contains("one day");
    }

    @Test
    void theRateMakesTheNetPresentValueZero() {
        List<CashFlow> flows = List.of(
                flow("2022-01-03", "-500000"),
                flow("2022-07-01", "-250000"),
                flow("2022-12-31", "120000.55"),
                flow("2023-06-30", "300000"),
                flow("2024-03-31", "410000"));
        Xirr.Result r = Xirr.of(flows);
        double[] years = new double[flows.size()];
        double[] amounts = new double[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            years[i] = java.time.temporal.ChronoUnit.DAYS.between(
                            flows.get(0).date(), flows.get(i).date())
                    / 365.0;
            amounts[i] = flows.get(i).amount().doubleValue();
        }

        assertThat(Xirr.npv(r.rate().doubleValue(), years, amounts)).isCloseTo(0.0, within(1e-4));
    }

    private static CashFlow flow(String date, String amount) {
        return new CashFlow(LocalDate.parse(date), new BigDecimal(amount));
    }
}
