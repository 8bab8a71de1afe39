package dk.virkning.spi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A program's contract terms, as validated against the plugin's terms schema. Values are JSON values
 * in plain Java: {@link String}, {@link BigDecimal} (every JSON number), {@link Boolean}, {@link
 * java.util.List} and {@link Map}.
 *
 * @param values the terms by name
 */
public record Terms(Map<String, Object> values) {

    /** Freezes the values. */
    public Terms {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * A numeric term.
     *
     * @throws IllegalArgumentException when the term is missing or not a number
     */
    public BigDecimal decimal(String name) {
        Object value = values.get(name);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException("term '" + name + "' is missing or not a number");
    }

    /**
     * A whole-number term.
     *
     * @throws IllegalArgumentException when the term is missing or not a whole number
     */
    public int integer(String name) {
        try {
            return decimal(name).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("term '" + name + "' is not a whole number", e);
        }
    }

    /**
     * A nested object term, such as a rate per target group.
     *
     * @throws IllegalArgumentException when the term is missing or not an object
     */
    public Terms object(String name) {
        if (values.get(name) instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return new Terms(copy);
        }
        throw new IllegalArgumentException("term '" + name + "' is missing or not an object");
    }
}
