package dk.virkning.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, such as {@code 2024-W05}. Weeks are the unit of the weekly register and of every
 * payment formula.
 *
 * @param year the ISO week-based year
 * @param week the week of that year, 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?W(\\d{2})");

    /** Validates that the week exists in the year. */
    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("ISO year " + year + " has no week " + week);
        }
    }

    /**
     * Parses {@code 2024-W05} (or {@code 2024W05}).
     *
     * @throws IllegalArgumentException when the text is not an ISO week
     */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week (expected e.g. 2024-W05): " + text);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The ISO week that contains the date. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday that starts this week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    /** The week {@code weeks} weeks later (or earlier, when negative). */
    public IsoWeek plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** Whole weeks from this week to {@code other}; negative when {@code other} is earlier. */
    public long weeksUntil(IsoWeek other) {
        return ChronoUnit.WEEKS.between(monday(), other.monday());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
