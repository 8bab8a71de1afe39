package dk.virkning.spi;

import java.util.Arrays;
import java.util.List;

/**
 * The weekly statuses of one participant, indexed by week index {@code k} counted from the
 * participant's start week ({@code k = 0}). Every week outside the timeline is {@link
 * WeeklyStatus#UNKNOWN}. Immutable; stored compactly because a national cohort has millions of weeks.
 */
public final class StatusTimeline {

    private static final WeeklyStatus[] STATUSES = WeeklyStatus.values();
    private static final StatusTimeline EMPTY = new StatusTimeline(new byte[0]);

    private final byte[] codes;

    private StatusTimeline(byte[] codes) {
        this.codes = codes;
    }

    /** A timeline of the given statuses, the first at {@code k = 0}. */
    public static StatusTimeline of(List<WeeklyStatus> statuses) {
        byte[] codes = new byte[statuses.size()];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = (byte) statuses.get(k).ordinal();
        }
        return new StatusTimeline(codes);
    }

    /** A timeline of the given statuses, the first at {@code k = 0}. */
    public static StatusTimeline of(WeeklyStatus... statuses) {
        return of(Arrays.asList(statuses));
    }

    /** A timeline where nothing is known. */
    public static StatusTimeline empty() {
        return EMPTY;
    }

    /** The status in week {@code k}; {@link WeeklyStatus#UNKNOWN} outside the timeline. */
    public WeeklyStatus status(int k) {
        return k < 0 || k >= codes.length ? WeeklyStatus.UNKNOWN : STATUSES[codes[k]];
    }

    /** The number of weeks held; week {@code length()} and later are unknown. */
    public int length() {
        return codes.length;
    }

    /** A copy that keeps only weeks {@code k < weeks}; later weeks become unknown. */
    public StatusTimeline truncate(int weeks) {
        return weeks >= codes.length ? this : new StatusTimeline(Arrays.copyOf(codes, Math.max(0, weeks)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusTimeline other && Arrays.equals(codes, other.codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusTimeline[");
        for (int k = 0; k < codes.length; k++) {
            sb.append(k == 0 ? "" : ",").append(STATUSES[codes[k]]);
        }
        return sb.append(']').toString();
    }
}
