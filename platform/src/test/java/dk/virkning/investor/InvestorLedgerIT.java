package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.model.CapitalTransaction;
import dk.virkning.client.model.Portfolio;
import dk.virkning.client.model.PortfolioProgram;
import dk.virkning.client.model.Program;
import dk.virkning.support.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The capital ledger and the portfolio figures, hand-computed; retries, bad input and row-level security. */
class InvestorLedgerIT extends InvestorWorld {

    @Test
    void thePortfolioAddsCapitalAndAttributedOutcomePaymentsAsHandComputed() throws Exception {
        String mine = analyst(investor);
        assertThat(record(mine, large, "DRAWDOWN", "2023-12-01", "150000.00", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(record(analyst(coInvestor), large, "DRAWDOWN", "2023-12-01", "50000", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(record(mine, large, "REPAYMENT", "2024-06-30", "20000", null).statusCode())
                .isEqualTo(201);
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "40000", null).statusCode())
                .isEqualTo(201);

        Portfolio portfolio = new InvestorPortfolioApi(client(mine)).getPortfolio();

        assertThat(portfolio.getInvestorId()).isEqualTo(investor.getId());
        assertThat(portfolio.getPrograms())
                .extracting(PortfolioProgram::getProgramId)
                .containsExactlyInAnyOrder(large.getId(), small.getId());
        // North: share 150000 / (150000 + 50000) = 0.75 of 86400.00 = 64800.00, dated 2024-03-31.
        PortfolioProgram northern = program(portfolio, large);
        assertThat(northern.getMunicipalityId()).isEqualTo(north);
        assertThat(northern.getAttributionShare()).isEqualTo("0.750000");
        assertThat(northern.getStatements()).isEqualTo(1);
        assertThat(northern.getFigures().getCapitalDrawn()).isEqualTo("150000.00");
        assertThat(northern.getFigures().getCapitalRepaid()).isEqualTo("20000.00");
        assertThat(northern.getFigures().getOutcomePayments()).isEqualTo("64800.00");
        assertThat(northern.getFigures().getNet()).isEqualTo("-65200.00");
        // (20000 + 64800) / 150000 = 0.565333…
        assertThat(northern.getFigures().getMoic()).isEqualTo("0.5653");
        double northIrr = Double.parseDouble(northern.getFigures().getIrr());
        assertThat(northIrr).isNegative();
        assertThat(npv(northIrr, flow("2023-12-01", -150000), flow("2024-03-31", 64800), flow("2024-06-30", 20000)))
                .isCloseTo(0.0, within(1.0));
        // South: sole investor, 48960.00 for 40000.00 drawn 90 days earlier.
        PortfolioProgram southern = program(portfolio, small);
        assertThat(southern.getAttributionShare()).isEqualTo("1.000000");
        assertThat(southern.getFigures().getOutcomePayments()).isEqualTo("48960.00");
        assertThat(southern.getFigures().getNet()).isEqualTo("8960.00");
        assertThat(southern.getFigures().getMoic()).isEqualTo("1.2240");
        double expected = Math.pow(48960.0 / 40000.0, 365.0 / 90.0) - 1;
        assertThat(Double.parseDouble(southern.getFigures().getIrr())).isCloseTo(expected, within(1e-6));
        // Totals: drawn 190000.00, repaid 20000.00, outcomes 113760.00, net -56240.00,
        // MOIC 133760 / 190000 = 0.704; XIRR over all four dated flows.
        assertThat(portfolio.getTotals().getCapitalDrawn()).isEqualTo("190000.00");
        assertThat(portfolio.getTotals().getCapitalRepaid()).isEqualTo("20000.00");
        assertThat(portfolio.getTotals().getOutcomePayments()).isEqualTo("113760.00");
        assertThat(portfolio.getTotals().getNet()).isEqualTo("-56240.00");
        assertThat(portfolio.getTotals().getMoic()).isEqualTo("0.7040");
        assertThat(npv(
                        Double.parseDouble(portfolio.getTotals().getIrr()),
                        flow("2023-12-01", -150000),
                        flow("2024-01-01", -40000),
                        flow("2024-03-31", 64800 + 48960),
                        flow("2024-06-30", 20000)))
                .isCloseTo(0.0, within(1.0));

        // The co-investor gets the other quarter: 21600.00 for 50000.00 drawn, MOIC 0.432.
        Portfolio theirs = new InvestorPortfolioApi(client(analyst(coInvestor))).getPortfolio();
        assertThat(theirs.getPrograms()).singleElement().satisfies(p -> {
            assertThat(p.getAttributionShare()).isEqualTo("0.250000");
            assertThat(p.getFigures().getOutcomePayments()).isEqualTo("21600.00");
            assertThat(p.getFigures().getMoic()).isEqualTo("0.4320");
        });
        assertNoParticipantIn(get("/api/v1/investor/portfolio", mine).body());
    }

    @Test
    void withoutCapitalTheRateIsUndefinedWithAReason() throws Exception {
        Portfolio portfolio = new InvestorPortfolioApi(client(analyst(investor))).getPortfolio();

        assertThat(portfolio.getTotals().getCapitalDrawn()).isEqualTo("0.00");
        // Half of the northern 86400.00 (see below) plus all of the southern 48960.00.
        assertThat(portfolio.getTotals().getOutcomePayments()).isEqualTo("92160.00");
        assertThat(portfolio.getTotals().getMoic()).isNull();
        assertThat(portfolio.getTotals().getIrr()).isNull();
        assertThat(portfolio.getTotals().getIrrUndefinedReason()).contains("No capital");
        // Two investors on the northern program, none has drawn: equal parts, 43200.00 each.
        assertThat(program(portfolio, large).getAttributionShare()).isEqualTo("0.500000");
        assertThat(program(portfolio, large).getFigures().getOutcomePayments()).isEqualTo("43200.00");
    }

    @Test
    void aRetryWithTheSameKeyOrIdRecordsNothingTwice() throws Exception {
        String mine = analyst(investor);
        HttpResponse<String> first = record(mine, small, "DRAWDOWN", "2024-01-01", "40000", "key-1");
        HttpResponse<String> again = record(mine, small, "DRAWDOWN", "2024-01-01", "40000.00", "key-1");
        HttpResponse<String> different = record(mine, small, "DRAWDOWN", "2024-01-01", "41000", "key-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(id(again.body())).isEqualTo(id(first.body()));
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(different.body()).contains("urn:virkning:problem:idempotency-key-reused");

        UUID clientId = UUID.randomUUID();
        String body = "{\"id\":\"" + clientId + "\",\"type\":\"REPAYMENT\",\"date\":\"2024-05-01\",\"amount\":\"500\"}";
        assertThat(post(capitalPath(small), mine, body, null).statusCode()).isEqualTo(201);
        HttpResponse<String> replay = post(capitalPath(small), mine, body, null);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(id(replay.body())).isEqualTo(clientId.toString());

        List<CapitalTransaction> ledger = new InvestorPortfolioApi(client(mine))
                .listCapitalTransactions(small.getId(), 0, 50)
                .getItems();
        assertThat(ledger).extracting(CapitalTransaction::getAmount).containsExactly("500.00", "40000.00");
        assertThat(ledger.get(1).getType().getValue()).isEqualTo("DRAWDOWN");
        assertThat(ledger.get(1).getMunicipalityId()).isEqualTo(south);
        assertThat(new InvestorPortfolioApi(client(mine))
                        .listCapitalTransactions(small.getId(), 1, 1)
                        .getPage()
                        .getTotalItems())
                .isEqualTo(2);
    }

    @Test
    void badCapitalTransactionsAreRefusedAndChangeNothing() throws Exception {
        String mine = analyst(investor);
        HttpResponse<String> negative = record(mine, small, "DRAWDOWN", "2024-01-01", "-5", null);
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("invalid-capital-transaction").contains("amount");
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "0", null).statusCode())
                .isEqualTo(422);
        assertThat(record(mine, small, "DRAWDOWN", "2024-01-01", "1.005", null).statusCode())
                .isBetween(400, 422);
        HttpResponse<String> future = record(mine, small, "DRAWDOWN", "2199-01-01", "5", null);
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("date");
        assertThat(record(mine, small, "LOAN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(400);
        assertThat(post(capitalPath(small), mine, "{\"type\":\"DRAWDOWN\"", null)
                        .statusCode())
                .isEqualTo(400);
        // An unknown program, and one the investor does not fund, do not exist for it.
        assertThat(post(
                                "/api/v1/investor/programs/" + UUID.randomUUID() + "/capital-transactions",
                                mine,
                                json("DRAWDOWN", "2024-01-01", "5"),
                                null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(record(mine, strangers, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(404);

        assertThat(new InvestorPortfolioApi(client(mine))
                        .listCapitalTransactions(small.getId(), 0, 50)
                        .getItems())
                .isEmpty();
    }

    @Test
    void rowLevelSecurityKeepsTheLedgerInTheProgramsMunicipalityEvenForPlainSql() throws Exception {
        assertThat(record(analyst(investor), small, "DRAWDOWN", "2024-01-01", "1000", null)
                        .statusCode())
                .isEqualTo(201);

        assertThat(ledgerRowsSeenAs(north, small)).isZero();
        assertThat(ledgerRowsSeenAs(south, small)).isEqualTo(1);
        try (Connection c = TestDatabase.connectionAs(south)) {
            var update = c.prepareStatement("UPDATE capital_transaction SET amount = 1 WHERE program_id = ?");
            update.setObject(1, small.getId());
            org.assertj.core.api.Assertions.assertThatThrownBy(update::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("insert-only");
        }
    }

    int ledgerRowsSeenAs(String tenant, Program program) throws SQLException {
        try (Connection c = TestDatabase.connectionAs(tenant)) {
            var query = c.prepareStatement("SELECT count(*) FROM capital_transaction WHERE program_id = ?");
            query.setObject(1, program.getId());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
