package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.client.ApiException;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.PhaseChange;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.support.PlatformIT;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the casework tests share: programs on each first-party plugin, and problem assertions. */
abstract class CaseworkSupport extends PlatformIT {

    static final LocalDate PROGRAM_START = LocalDate.of(2024, 1, 1);

    Organisation provider;

    Program program(String m, String plugin, Map<String, Object> terms, LocalDate start, int capacity)
            throws Exception {
        provider = scenario.organisation(OrganisationType.PROVIDER);
        return scenario.program(m, provider, plugin, terms, start, capacity);
    }

    static Map<String, Object> jobCoachTerms() {
        return Map.of(
                "ratePerWeek", Map.of("SICKNESS_BENEFIT", 2500, "JOB_CLARIFICATION", 3000),
                "measurementWeeks", 104,
                "qualifyingRunWeeks", 4,
                "capPerParticipant", 150000);
    }

    static Map<String, Object> dsiTerms() {
        return Map.of("rateO1", 20000, "rateO2", 40000, "maxTotalPayment", 5400000);
    }

    static Map<String, Object> copenhagenTerms() {
        return Map.of(
                "priceList",
                        Map.of(
                                "WORKPLACE_MENTAL_BASIC", 8000,
                                "WORKPLACE_MENTAL_EXTENDED", 16000,
                                "WORKPLACE_PHYSICAL_BASIC", 9000,
                                "WORKPLACE_PHYSICAL_EXTENDED", 18000,
                                "INTERDISCIPLINARY_BASIC", 20000,
                                "INTERDISCIPLINARY_EXTENDED", 30000),
                "startShare", 0.5,
                "recoveryBonus", 5000,
                "bonusWeeksShort", 12,
                "bonusWeeksLong", 26);
    }

    /** The call fails with this status and a problem of this type (slug). */
    static void assertProblem(ThrowingCallable call, int status, String slug) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
            assertThat(e.getResponseBody()).contains("urn:virkning:problem:" + slug);
            assertThat(e.getResponseBody()).doesNotContain("Exception").doesNotContain("SELECT");
        });
    }

    static Referral uncomplicated(String category, boolean longer) {
        return new Referral()
                .referredOn(LocalDate.of(2023, 12, 20))
                .visitationCategory(category)
                .expectedLongerThanThreeMonths(longer)
                .healthUnclear(false)
                .socialProblems(false)
                .seriousIllness(false)
                .permanentlyReducedCapacity(false)
                .primaryBarrier(Referral.PrimaryBarrierEnum.MENTAL);
    }

    static PhaseChange change(String phase, int y, int mo, int d) {
        return new PhaseChange().phase(phase).on(LocalDate.of(y, mo, d));
    }
}
