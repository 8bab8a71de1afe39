package dk.virkning.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * An RFC 3339 full-date ({@code 2024-01-31}) as a JSON string, in the years the domain needs
 * (1900-2200): no epoch-day numbers, no date-times, no expanded years such as {@code +10000-01-01},
 * no year {@code -0001}. The same rule reads dates in query parameters ({@link #parse}).
 */
final class StrictDate extends StdScalarDeserializer<LocalDate> {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictDate() {
        super(LocalDate.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getString();
        return parse(text)
                .orElseThrow(() -> ctxt.weirdStringException(
                        text, LocalDate.class, "not a full-date in " + MIN_YEAR + "-" + MAX_YEAR));
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || !FULL_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
