package dk.virkning.plugins.nk1;

import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import dk.virkning.spi.testkit.PluginContractTest;
import java.time.LocalDate;
import java.util.List;

class Nk1ContractTest extends PluginContractTest {

    @Override
    protected PaymentFormula formula() {
        return new Nk1PaymentFormula();
    }

    @Override
    protected InterventionModelProvider model() {
        return new Nk1InterventionModel();
    }

    @Override
    protected Terms terms() {
        return termsFromJson("{\"baselineBenefitShare\":0.80,\"weeklyNetCost\":3000,\"measurementWeeks\":52,"
                + "\"savingsShare\":0.60,\"maxTotalPayment\":2000000}");
    }

    @Override
    protected List<ParticipantInput> cohort() {
        return Cohort.parse(
                """
                participant,targetGroup,startWeek,statuses
                a,MENTAL_ILLNESS,2024-W01,DDDDSSSSSSSSS
                b,MENTAL_ILLNESS,2024-W03,DDDDDDDDDDD
                c,MENTAL_ILLNESS,2024-W05,SS??SSK
                """);
    }

    @Override
    protected SettlementPeriod period() {
        return new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    }
}
