package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.spi.WeeklyStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeTableTest {

    private final CodeTable table = CodeTable.of(
            Map.of("SDP", WeeklyStatus.SICKNESS_BENEFIT, "ÅB", WeeklyStatus.CASH_BENEFIT, "X", WeeklyStatus.UNKNOWN));

    private WeeklyStatus lookup(String code) {
        byte b = table.lookup(code.toCharArray(), 0, code.length());
        return b == CodeTable.UNKNOWN_CODE ? null : StatusMatrix.status(b);
    }

    @Test
    void mapsTheMunicipalitysCodesCanonicalNamesAndTheEmptyCode() {
        assertThat(lookup("SDP")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(lookup("ÅB")).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(lookup("FLEX_JOB")).isEqualTo(WeeklyStatus.FLEX_JOB);
        assertThat(lookup("")).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
    }

    @Test
    void unknownItselfAndACodeMappedToItMarkAWeekAsNotKnown() {
        assertThat(lookup("UNKNOWN")).isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(lookup("X")).isEqualTo(WeeklyStatus.UNKNOWN);
    }

    @Test
    void unknownCodesAndCaseVariantsAreNotMapped() {
        assertThat(lookup("unknown")).isNull();
        assertThat(lookup("Y")).isNull();
        assertThat(lookup("sdp")).isNull();
        assertThat(lookup("SDPX")).isNull();
    }

    @Test
    void looksUpARangeInsideALongerLine() {
        char[] line = "0101901234,SDP,KTH".toCharArray();
        assertThat(StatusMatrix.status(table.lookup(line, 11, 14))).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
    }
}
