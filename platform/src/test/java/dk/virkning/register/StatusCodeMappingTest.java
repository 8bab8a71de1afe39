package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.plugin.api.WeeklyStatus;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodeMappingTest {

    private final StatusCodeMapping mapping = new StatusCodeMapping(Map.of(
            "SDP", WeeklyStatus.SICKNESS_BENEFIT,
            "KTH", WeeklyStatus.CASH_BENEFIT,
            // A tenant code that happens to be a canonical name: the tenant's meaning wins.
            "EDUCATION", WeeklyStatus.OTHER_BENEFIT));

    @Test
    void aTenantCodeMapsToItsStatus() {
        assertThat(mapping.map("SDP")).contains(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(mapping.map("KTH")).contains(WeeklyStatus.CASH_BENEFIT);
    }

    @Test
    void theTenantMappingWinsOverACanonicalName() {
        assertThat(mapping.map("EDUCATION")).contains(WeeklyStatus.OTHER_BENEFIT);
        assertThat(new StatusCodeMapping(Map.of()).map("EDUCATION")).contains(WeeklyStatus.EDUCATION);
    }

    @ParameterizedTest
    @EnumSource(value = WeeklyStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void everyCanonicalNameIsAcceptedAsItIs(WeeklyStatus status) {
        assertThat(new StatusCodeMapping(Map.of()).map(status.name())).contains(status);
    }

    @Test
    void unknownIsNotACodeAFileMayGive() {
        assertThat(mapping.map("UNKNOWN")).isEmpty();
        assertThat(new StatusCodeMapping(Map.of()).map("UNKNOWN")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t"})
    void anEmptyCodeMeansSelfSupporting(String code) {
        assertThat(mapping.map(code)).contains(WeeklyStatus.SELF_SUPPORTING);
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(mapping.map("  SDP ")).contains(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(mapping.map(" FLEX_JOB ")).contains(WeeklyStatus.FLEX_JOB);
    }

    @Test
    void anUnmappedCodeIsRefused() {
        assertThat(mapping.map("XYZ")).isEmpty();
        assertThat(mapping.map("sdp")).isEmpty();
        assertThat(mapping.map("flex_job")).isEmpty();
    }

    @Test
    void theMappingIsACopyOfTheGivenCodes() {
        java.util.HashMap<String, WeeklyStatus> codes = new java.util.HashMap<>(Map.of("X1", WeeklyStatus.FLEX_JOB));
        StatusCodeMapping copy = new StatusCodeMapping(codes);
        codes.put("X1", WeeklyStatus.CASH_BENEFIT);
        codes.put("X2", WeeklyStatus.CASH_BENEFIT);

        assertThat(copy.map("X1")).contains(WeeklyStatus.FLEX_JOB);
        assertThat(copy.map("X2")).isEmpty();
        assertThat(Arrays.stream(WeeklyStatus.values())
                        .filter(s -> copy.map(s.name()).isPresent()))
                .hasSize(WeeklyStatus.values().length - 1);
    }
}
