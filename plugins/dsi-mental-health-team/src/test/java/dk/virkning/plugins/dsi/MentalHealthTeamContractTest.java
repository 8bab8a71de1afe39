package dk.virkning.plugins.dsi;

import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import dk.virkning.spi.testkit.PluginContractTest;
import java.time.LocalDate;
import java.util.List;

class MentalHealthTeamContractTest extends PluginContractTest {

    @Override
    protected PaymentFormula formula() {
        return new MentalHealthTeamFormula();
    }

    @Override
    protected InterventionModelProvider model() {
        return new MentalHealthTeamModel();
    }

    @Override
    protected Terms terms() {
        return termsFromJson("{\"rateO1\":20000,\"rateO2\":40000," + "\"maxTotalPayment\":5400000}");
    }

    @Override
    protected List<ParticipantInput> cohort() {
        return Cohort.parse(
                """
                participant,targetGroup,startWeek,statuses
                a,PSYCHOLOGICALLY_VULNERABLE,2024-W01,DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
                b,PSYCHOLOGICALLY_VULNERABLE,2024-W03,DDDDDDDDDDD
                c,PSYCHOLOGICALLY_VULNERABLE,2024-W05,SS??SSK
                """);
    }

    @Override
    protected SettlementPeriod period() {
        return new SettlementPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
    }
}
