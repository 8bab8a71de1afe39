package dk.virkning.snapshot;

import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Builds {@link StatusTimeline}s from status codes (ordinals of {@link WeeklyStatus}) without an
 * object per week: the timeline copies the codes into its own byte array through a list view.
 */
public final class Timelines {

    private static final WeeklyStatus[] STATUSES = WeeklyStatus.values();

    /** The code of an unknown week. */
    public static final byte UNKNOWN = (byte) WeeklyStatus.UNKNOWN.ordinal();

    private Timelines() {}

    /** The timeline of {@code codes[0..length)}, without the unknown weeks at its end. */
    public static StatusTimeline of(byte[] codes, int length) {
        int end = Math.min(length, codes.length);
        while (end > 0 && codes[end - 1] == UNKNOWN) {
            end--;
        }
        return end == 0 ? StatusTimeline.empty() : StatusTimeline.of(new Codes(codes, end));
    }

    /** The timeline of exactly {@code codes[0..length)}. */
    public static StatusTimeline exactly(byte[] codes, int length) {
        return StatusTimeline.of(new Codes(codes, length));
    }

    /** A read-only view of status codes as statuses; the enum constants are shared, nothing is allocated. */
    private static final class Codes extends AbstractList<WeeklyStatus> implements RandomAccess {

        private final byte[] codes;
        private final int size;

        Codes(byte[] codes, int size) {
            this.codes = codes;
            this.size = size;
        }

        @Override
        public WeeklyStatus get(int index) {
            return STATUSES[codes[index]];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
