package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import dk.virkning.spi.testkit.PluginContractTest;
import java.time.LocalDate;
import java.util.List;

class CoursePackagesContractTest extends PluginContractTest {

    @Override
    protected PaymentFormula formula() {
        return new CoursePackagesFormula();
    }

    @Override
    protected InterventionModelProvider model() {
        return new CoursePackagesModel();
    }

    @Override
    protected Terms terms() {
        return termsFromJson("{\"priceList\":{\"WORKPLACE_MENTAL_BASIC\":8000,\"WORKPLACE_MENTAL_EXTENDED\":14000,"
                + "\"WORKPLACE_PHYSICAL_BASIC\":8000,\"WORKPLACE_PHYSICAL_EXTENDED\":14000,"
                + "\"INTERDISCIPLINARY_BASIC\":20000,\"INTERDISCIPLINARY_EXTENDED\":30000},"
                + "\"startShare\":0.5,\"recoveryBonus\":5000,\"bonusWeeksShort\":12,\"bonusWeeksLong\":26}");
    }

    @Override
    protected List<ParticipantInput> cohort() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        return Cohort.parse(
                        """
                        a,SICKNESS_BENEFIT,2024-W01,DDDSSSS
                        b,SICKNESS_BENEFIT,2024-W01,DDDDDDDDDDDDD
                        c,SICKNESS_BENEFIT,2024-W02,DDK
                        """)
                .stream()
                .map(p -> new ParticipantInput(
                        p.participantId(),
                        p.targetGroup(),
                        p.startWeek(),
                        null,
                        List.of(
                                new LifecycleEvent(
                                        LifecycleEvent.PACKAGE_COURSE_STARTED, start, "INTERDISCIPLINARY_BASIC|P3"),
                                new LifecycleEvent(
                                        LifecycleEvent.PACKAGE_COURSE_COMPLETED,
                                        start.plusDays(60),
                                        "INTERDISCIPLINARY_BASIC")),
                        null,
                        p.statuses()))
                .toList();
    }

    @Override
    protected SettlementPeriod period() {
        return new SettlementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    }
}
