package dk.virkning.plugins.jobcoach;

import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import dk.virkning.spi.testkit.PluginContractTest;
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
