package dk.virkning.plugins.jobcoach;

import dk.virkning.plugin.api.InterventionModelProvider;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.PaymentFormula;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.testkit.Cohort;
import dk.virkning.plugin.testkit.PluginContractTest;
import java.time.LocalDate;
import java.util.List;

class JobCoachContractTest extends PluginContractTest {

    @Override
    protected PaymentFormula formula() {
        return new JobCoachFormula();
    }

    @Override
    protected InterventionModelProvider model() {
        return new JobCoachModel();
    }

    @Override
    protected Terms terms() {
        return termsFromJson("{\"ratePerWeek\":{\"SICKNESS_BENEFIT\":2500,\"JOB_CLARIFICATION\":3000},"
                + "\"measurementWeeks\":104,\"qualifyingRunWeeks\":4,\"capPerParticipant\":150000}");
    }

    @Override
    protected List<ParticipantInput> cohort() {
        return Cohort.parse(
                """
                participant,targetGroup,startWeek,statuses
                a,SICKNESS_BENEFIT,2024-W01,DDDDSSSSSSSSS
                b,JOB_CLARIFICATION,2024-W03,DDDDDDDDDDD
                c,SICKNESS_BENEFIT,2024-W05,SS??SSK
                """);
    }

    @Override
    protected SettlementPeriod period() {
        return new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    }
}
