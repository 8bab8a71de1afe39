package dk.virkning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Portfolio;
import dk.virkning.support.PlatformIT;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo seeds capital for the Norddjurs program, once, so that the investor portfolio shows figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "virkning.demo.enabled=true")
class DemoPortfolioIT extends PlatformIT {

    @Autowired
    private DemoCapital demoCapital;

    @Test
    void theDemoPortfolioShowsTheSeededCapitalAndTheNorddjursOutcomePayments() throws Exception {
        UUID effekt = DemoOrganisation.KAPITALFOND_EFFEKT.id();
        String analyst = tokens.investorAnalyst(effekt);
        // Seeding again (as on every restart) records nothing twice.
        demoCapital.seed();

        Portfolio portfolio = new InvestorPortfolioApi(client(analyst)).getPortfolio();

        BigDecimal due = new InvestorApi(client(analyst))
                .listInvestorStatements(0, 50).getItems().stream()
                        .map(InvestorStatement::getDue)
                        .map(BigDecimal::new)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(portfolio.getPrograms()).singleElement().satisfies(p -> {
            assertThat(p.getMunicipalityId()).isEqualTo("norddjurs");
            assertThat(p.getStatements()).isEqualTo(4);
            assertThat(p.getAttributionShare()).isEqualTo("1.000000");
            assertThat(p.getFigures().getCapitalDrawn()).isEqualTo("450000.00");
            assertThat(p.getFigures().getCapitalRepaid()).isEqualTo("25000.00");
            assertThat(new BigDecimal(p.getFigures().getOutcomePayments())).isEqualByComparingTo(due);
            assertThat(p.getFigures().getMoic())
                    .isEqualTo(due.add(new BigDecimal("25000"))
                            .divide(new BigDecimal("450000"), 4, RoundingMode.HALF_EVEN)
                            .toPlainString());
            // Only 2022 is settled: less has come back than went in, so the rate is negative.
            assertThat(due).isPositive().isLessThan(new BigDecimal("425000"));
            assertThat(p.getFigures().getIrrUndefinedReason()).isNull();
            assertThat(new BigDecimal(p.getFigures().getIrr())).isNegative();
        });
        assertThat(new InvestorPortfolioApi(client(analyst))
                        .listCapitalTransactions(portfolio.getPrograms().get(0).getProgramId(), 0, 50)
                        .getItems())
                .hasSize(3);
    }
}
