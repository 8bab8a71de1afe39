package com.example.provider;

import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import dk.virkning.spi.testkit.PluginContractTest;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract every plugin must pass (determinism, amounts, a complete model, a valid terms schema,
 * and no forbidden API: the same check the platform runs at upload).
 */
class ExampleContractTest extends PluginContractTest {

    @Override
    protected PaymentFormula formula() {
        return new ExampleFormula();
    }

    @Override
    protected InterventionModelProvider model() {
        return new ExampleModel();
    }

    @Override
    protected Terms terms() {
        return termsFromJson("{\"ratePerWeek\": 1250.50, \"measurementWeeks\": 52}");
    }

    @Override
    protected List<ParticipantInput> cohort() {
        return Cohort.parse(
                """
                participant,targetGroup,startWeek,statuses
                a,SICKNESS_BENEFIT,2024-W01,DDDDSSSSSSSSS
                b,SICKNESS_BENEFIT,2024-W03,DDDDDDDDDDD
                c,SICKNESS_BENEFIT,2024-W05,SS??SSD
                """);
    }

    @Override
    protected SettlementPeriod period() {
        return new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    }
}
