package dk.virkning.console.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO weeks as people write them: {@code 2024-W05} is {@code uge 5 2024} (English: {@code week 5 2024}). */
public final class IsoWeeks {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private IsoWeeks() {}

    public static String format(String isoWeek, Locale locale) {
        if (isoWeek == null) {
            return "";
        }
        Matcher m = WEEK.matcher(isoWeek.trim());
        if (!m.matches()) {
            return isoWeek;
        }
        String word = "da".equals(locale.getLanguage()) ? "uge" : "week";
        return word + " " + Integer.parseInt(m.group(2)) + " " + m.group(1);
    }
}
