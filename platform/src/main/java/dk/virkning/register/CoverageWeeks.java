package dk.virkning.register;

import dk.virkning.spi.IsoWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Turns a week written in a file into its index in the coverage (0 for the first covered week),
 * straight from the line's characters: no regular expression and no allocation per cell.
 */
final class CoverageWeeks {

    /** The text is not a week. */
    static final int MALFORMED = -3;
    /** The text names a week that does not exist, such as 2024-W53. */
    static final int NO_SUCH_WEEK = -2;
    /** A real week outside the coverage. */
    static final int OUTSIDE = -1;

    private final Coverage coverage;
    private final int fromYear;
    private final int[] yearOffset;
    private final int[] yearWeeks;
    private final int weeks;
    private int lastYear;
    private int lastWeek;

    CoverageWeeks(Coverage coverage) {
        this.coverage = coverage;
        this.fromYear = coverage.from().year();
        int years = coverage.to().year() - fromYear + 1;
        this.yearOffset = new int[years];
        this.yearWeeks = new int[years];
        for (int i = 0; i < years; i++) {
            IsoWeek first = new IsoWeek(fromYear + i, 1);
            yearOffset[i] = (int) coverage.from().weeksUntil(first);
            yearWeeks[i] = weeksIn(fromYear + i);
        }
        this.weeks = coverage.weeks();
    }

    Coverage coverage() {
        return coverage;
    }

    int weeks() {
        return weeks;
    }

    /** The index of an ISO week, or {@link #NO_SUCH_WEEK} or {@link #OUTSIDE}. */
    int index(int year, int week) {
        lastYear = year;
        lastWeek = week;
        if (week < 1 || week > 53 || year < 1 || year > 9999) {
            return NO_SUCH_WEEK;
        }
        int y = year - fromYear;
        if (y < 0 || y >= yearOffset.length) {
            return week > weeksIn(year) ? NO_SUCH_WEEK : OUTSIDE;
        }
        if (week > yearWeeks[y]) {
            return NO_SUCH_WEEK;
        }
        int index = yearOffset[y] + week - 1;
        return index < 0 || index >= weeks ? OUTSIDE : index;
    }

    /** The index of {@code 2024-W05} or {@code 2024W05} in {@code chars[from..to)}. */
    int parseIso(char[] c, int from, int to) {
        int n = to - from;
        if (n != 8 && n != 7) {
            return MALFORMED;
        }
        int year = digits(c, from, 4);
        int w = from + 4;
        if (n == 8) {
            if (c[w] != '-') {
                return MALFORMED;
            }
            w++;
        }
        if (year < 0 || (c[w] != 'W' && c[w] != 'w')) {
            return MALFORMED;
        }
        int week = digits(c, w + 1, 2);
        return week < 0 ? MALFORMED : index(year, week);
    }

    /** The index of a wide-format column {@code y_YYWW} (years 2000-2099) in {@code chars[from..to)}. */
    int parseColumn(char[] c, int from, int to) {
        if (to - from != 6 || (c[from] != 'y' && c[from] != 'Y') || c[from + 1] != '_') {
            return MALFORMED;
        }
        int yy = digits(c, from + 2, 2);
        int week = digits(c, from + 4, 2);
        return yy < 0 || week < 0 ? MALFORMED : index(2000 + yy, week);
    }

    /** The week last looked up, for messages. */
    String lastWeek() {
        return String.format("%04d-W%02d", lastYear, lastWeek);
    }

    private static int digits(char[] c, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char ch = c[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
