package dk.virkning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.Portfolio;
import dk.virkning.client.model.PortfolioProgram;
import dk.virkning.support.PlatformIT;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo seeds capital for the funded programs, once, so that the investor portfolios show figures. */
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
                        .filter(s -> s.getMunicipalityId().equals("norddjurs"))
                        .map(InvestorStatement::getDue)
                        .map(BigDecimal::new)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        // Effekt funds Norddjurs's NK1 and Hedensted's job coach program.
        assertThat(portfolio.getPrograms())
                .extracting(PortfolioProgram::getMunicipalityId)
                .containsExactlyInAnyOrder("norddjurs", "hedensted");
        PortfolioProgram nk1 = program(portfolio, "norddjurs");
        assertThat(nk1.getStatements()).isEqualTo(4);
        assertThat(nk1.getAttributionShare()).isEqualTo("1.000000");
        assertThat(nk1.getFigures().getCapitalDrawn()).isEqualTo("450000.00");
        assertThat(nk1.getFigures().getCapitalRepaid()).isEqualTo("25000.00");
        assertThat(new BigDecimal(nk1.getFigures().getOutcomePayments())).isEqualByComparingTo(due);
        assertThat(nk1.getFigures().getMoic())
                .isEqualTo(due.add(new BigDecimal("25000"))
                        .divide(new BigDecimal("450000"), 4, RoundingMode.HALF_EVEN)
                        .toPlainString());
        // Only 2022 is settled: less has come back than went in, so the rate is negative.
        assertThat(due).isPositive().isLessThan(new BigDecimal("425000"));
        assertThat(nk1.getFigures().getIrrUndefinedReason()).isNull();
        assertThat(new BigDecimal(nk1.getFigures().getIrr())).isNegative();
        assertThat(new InvestorPortfolioApi(client(analyst))
                        .listCapitalTransactions(nk1.getProgramId(), 0, 50)
                        .getItems())
                .hasSize(3);

        PortfolioProgram jobCoach = program(portfolio, "hedensted");
        assertThat(jobCoach.getStatements()).isEqualTo(4);
        assertThat(jobCoach.getFigures().getCapitalDrawn()).isEqualTo("2500000.00");
        assertThat(new BigDecimal(jobCoach.getFigures().getOutcomePayments())).isPositive();
    }

    @Test
    void theSocialInvestmentFundSeesHolbaeksProgramWithItsCapital() throws Exception {
        String analyst = tokens.investorAnalyst(DemoOrganisation.INVESTERINGSFOND.id());

        Portfolio portfolio = new InvestorPortfolioApi(client(analyst)).getPortfolio();

        PortfolioProgram team = program(portfolio, "holbaek");
        assertThat(team.getStatements()).isEqualTo(4);
        assertThat(team.getFigures().getCapitalDrawn()).isEqualTo("1800000.00");
        assertThat(new BigDecimal(team.getFigures().getOutcomePayments())).isPositive();
    }

    private static PortfolioProgram program(Portfolio portfolio, String municipality) {
        return portfolio.getPrograms().stream()
                .filter(p -> p.getMunicipalityId().equals(municipality))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + municipality + " program in the portfolio"));
    }
}
