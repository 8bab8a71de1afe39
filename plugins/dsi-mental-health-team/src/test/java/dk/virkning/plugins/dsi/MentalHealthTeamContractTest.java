package dk.virkning.plugins.dsi;

import dk.virkning.plugin.api.InterventionModelProvider;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.PaymentFormula;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.testkit.Cohort;
import dk.virkning.plugin.testkit.PluginContractTest;
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
