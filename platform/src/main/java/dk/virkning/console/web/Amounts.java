package dk.virkning.console.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in DKK as their readers expect them: {@code 1.234.567,89 kr.} in Danish,
 * {@code DKK 1,234,567.89} in English. Always two decimals; the API's decimal strings are exact.
 */
public final class Amounts {

    private Amounts() {}

    public static String format(String amount, Locale locale) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        return format(new BigDecimal(amount.trim()), locale);
    }

    public static String format(BigDecimal amount, Locale locale) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
        if ("da".equals(locale.getLanguage())) {
            return number(rounded, Locale.forLanguageTag("da-DK")) + " kr.";
        }
        return (rounded.signum() < 0 ? "-DKK " : "DKK ") + number(rounded.abs(), Locale.ENGLISH);
    }

    /** A plain decimal (e.g. a ratio) with the locale's separators and the given decimals. */
    public static String decimal(String value, int decimals, Locale locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        BigDecimal number = new BigDecimal(value.trim()).setScale(decimals, RoundingMode.HALF_EVEN);
        DecimalFormat format =
                new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols(locale));
        format.setParseBigDecimal(true);
        return format.format(number);
    }

    private static String number(BigDecimal amount, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols(locale));
        return format.format(amount);
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        return DecimalFormatSymbols.getInstance(
                "da".equals(locale.getLanguage()) ? Locale.forLanguageTag("da-DK") : Locale.ENGLISH);
    }
}
