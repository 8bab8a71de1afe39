package dk.virkning.console.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The formatting the templates use ({@code ${@fmt.amount(x)}}), in the person's language. */
@Component("fmt")
public class ConsoleFormat {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    public String amount(String amount) {
        return Amounts.format(amount, locale());
    }

    public String decimal(String value, int decimals) {
        return Amounts.decimal(value, decimals, locale());
    }

    /** A rate such as 0.0512 as a percentage, 5,12 %. */
    public String percent(String rate) {
        if (rate == null || rate.isBlank()) {
            return "";
        }
        String number = Amounts.decimal(
                new java.math.BigDecimal(rate.trim()).movePointRight(2).toPlainString(), 2, locale());
        return number + " %";
    }

    public String week(String isoWeek) {
        return IsoWeeks.format(isoWeek, locale());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String time(OffsetDateTime time) {
        return time == null
                ? ""
                : time.atZoneSameInstant(DENMARK)
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale()));
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da-DK");
    }
}
