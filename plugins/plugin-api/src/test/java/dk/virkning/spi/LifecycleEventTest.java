package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleEventTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Test
    void aPackageCourseStartNamesItsCourseAndPackage() {
        LifecycleEvent e = new LifecycleEvent(LifecycleEvent.PACKAGE_COURSE_STARTED, DAY, "WORKPLACE_MENTAL_BASIC|P1");
        assertThat(e.attributes())
                .isEqualTo(Map.of(LifecycleEvent.COURSE, "WORKPLACE_MENTAL_BASIC", LifecycleEvent.PACKAGE, "P1"));
        assertThat(e.detail()).isEqualTo("WORKPLACE_MENTAL_BASIC|P1");
    }

    @Test
    void otherEventsNameTheirOneFactAndUnknownOnesNone() {
        assertThat(new LifecycleEvent(LifecycleEvent.PHASE_CHANGED, DAY, "AFTERCARE").attribute(LifecycleEvent.PHASE))
                .isEqualTo("AFTERCARE");
        assertThat(new LifecycleEvent(LifecycleEvent.EXITED, DAY, "SELF_SUPPORTING").attribute(LifecycleEvent.REASON))
                .isEqualTo("SELF_SUPPORTING");
        assertThat(new LifecycleEvent("SOMETHING_ELSE", DAY, "x").attributes()).isEmpty();
        assertThat(new LifecycleEvent(LifecycleEvent.PACKAGE_COURSE_STARTED, DAY, "").attributes())
                .isEmpty();
    }
}
