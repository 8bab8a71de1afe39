package dk.virkning.register;

import dk.virkning.spi.WeeklyStatus;

/**
 * The statuses a file gives, one byte per participant and covered week (0: the file has no row), and
 * which participants the file lists: an import covers only those (DOMAIN.md 4). Its size is bounded
 * by the program's participants times the coverage, never by the file.
 */
final class StatusMatrix {

    private static final WeeklyStatus[] STATUSES = WeeklyStatus.values();

    private final int weeks;
    private final byte[] cells;
    private final boolean[] listed;
    private int listedCount;

    StatusMatrix(int persons, int weeks) {
        long size = (long) persons * weeks;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many person-weeks for one import: " + size);
        }
        this.weeks = weeks;
        this.cells = new byte[(int) size];
        this.listed = new boolean[persons];
    }

    /** Marks the participant as listed by the file, so that the import covers them. */
    void list(int person) {
        if (!listed[person]) {
            listed[person] = true;
            listedCount++;
        }
    }

    boolean listed(int person) {
        return listed[person];
    }

    /** The participants the file lists. */
    int listedCount() {
        return listedCount;
    }

    static byte code(WeeklyStatus status) {
        return (byte) (status.ordinal() + 1);
    }

    /**
     * The status of a code; {@code SELF_SUPPORTING} for 0 (no row inside a listed person's coverage).
     * {@code UNKNOWN} is a week the municipality marked as not known: the import leaves it without data.
     */
    static WeeklyStatus status(byte code) {
        return code == 0 ? WeeklyStatus.SELF_SUPPORTING : STATUSES[code - 1];
    }

    int weeks() {
        return weeks;
    }

    /** Sets a cell; {@code false} when the file gave it already. */
    boolean set(int person, int week, byte code) {
        int i = person * weeks + week;
        if (cells[i] != 0) {
            return false;
        }
        cells[i] = code;
        return true;
    }

    byte get(int person, int week) {
        return cells[person * weeks + week];
    }
}
