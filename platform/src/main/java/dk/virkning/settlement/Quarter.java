package dk.virkning.settlement;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.SettlementPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** A calendar quarter, the default settlement period, written {@code 2024-Q1}. */
record Quarter(int year, int quarter) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-Q([1-4])");

    static Quarter parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-period",
                    "Not a quarter",
                    List.of(ProblemError.field("period", "must be a quarter such as 2024-Q1")));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a day falls in. */
    static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter before this one. */
    Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    SettlementPeriod period() {
        return new SettlementPeriod(firstDay(), lastDay());
    }

    String label() {
        return year + "-Q" + quarter;
    }
}
