package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {

    private static final byte U = 11;

    private static List<byte[]> timelines(int... lengths) {
        List<byte[]> out = new ArrayList<>();
        for (int length : lengths) {
            if (length < 0) {
                out.add(null);
            } else {
                byte[] t = new byte[length];
                Arrays.fill(t, U);
                out.add(t);
            }
        }
        return out;
    }

    private static void feed(TimelineRows rows, String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i += chunk) {
            rows.write(bytes, i, Math.min(chunk, bytes.length - i));
        }
        rows.finish();
    }

    @Test
    void bytesGoToTheirWeeksAsOrdinalsAndZeroLeavesAWeekAsItWas() {
        List<byte[]> t = timelines(4, 3, -1);
        // Participant 0: weeks 0..3 = ordinal 0, no data, ordinal 1, ordinal 9; the fifth byte is past
        // the horizon. Participant 1 starts its codes two weeks before its start. Participant 2 has
        // no timeline (not started) and is skipped.
        feed(new TimelineRows(t), "0\t0\t\\\\x0100020a05\n1\t-2\t\\\\x0102030405\n2\t0\t\\\\x0101\n", 3);

        assertThat(t.get(0)).containsExactly(0, U, 1, 9);
        assertThat(t.get(1)).containsExactly(2, 3, 4);
        assertThat(t.get(2)).isNull();
    }

    @Test
    void anEmptyTimelineAndAPositiveOffsetAreRead() {
        List<byte[]> t = timelines(3, 3);
        feed(new TimelineRows(t), "0\t0\t\\\\x\n1\t1\t\\\\x0203\n", 1000);

        assertThat(t.get(0)).containsExactly(U, U, U);
        assertThat(t.get(1)).containsExactly(U, 1, 2);
    }

    @Test
    void malformedRowsAreRefused() {
        assertThatThrownBy(() -> feed(new TimelineRows(timelines(2)), "0\t0\t\\\\x0\n", 100))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> feed(new TimelineRows(timelines(2)), "0\t0\t\\\\x0g\n", 100))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> feed(new TimelineRows(timelines(2)), "0\t0\t\\N\n", 100))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> feed(new TimelineRows(timelines(2)), "0\t0\t\\\\x01", 100))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended inside a row");
    }
}
