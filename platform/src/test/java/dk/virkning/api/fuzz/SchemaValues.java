package dk.virkning.api.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values for a schema: one that the schema allows (its example where it has one), and values it
 * forbids, each the kind of mistake a careless or hostile client makes (a scalar of the wrong type, a
 * date the schema cannot mean, a control character, a null where none is allowed). A JSON null is a
 * Java null (the maps and lists here keep null values).
 */
final class SchemaValues {

    private static final com.fasterxml.jackson.databind.ObjectMapper EXAMPLES =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private SchemaValues() {}

    /** A value the schema allows, as a Java value ready for JSON (maps, lists, strings, numbers). */
    static Object valid(Schema<?> schema) {
        if (schema == null) {
            return "x";
        }
        if (schema.getExample() != null) {
            // The parser keeps examples as Jackson 2 trees; the generator wants plain values.
            return EXAMPLES.convertValue(schema.getExample(), Object.class);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valid(schema.getAllOf().get(0));
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return valid(schema.getOneOf().get(0));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> validObject(schema);
            case "array" -> List.of(valid(schema.getItems()));
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
            case "number" -> 1;
            case "boolean" -> true;
            default -> validString(schema);
        };
    }

    private static Map<String, Object> validObject(Schema<?> schema) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> object.put(name, valid(property)));
        }
        return object;
    }

    private static String validString(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2024-01-01";
            case "date-time" -> "2024-01-01T10:00:00Z";
            case "uri" -> "https://idp.example/realms/test";
            default -> schema.getPattern() != null && schema.getPattern().contains("\\d") ? "100.00" : "Tekst";
        };
    }

    /** Values the schema forbids, each with a short name of the mistake. */
    static Map<String, Object> invalid(Schema<?> declared) {
        Map<String, Object> bad = new LinkedHashMap<>();
        if (declared == null) {
            return bad;
        }
        if (!Boolean.TRUE.equals(declared.getNullable()) && !nullableAllOf(declared)) {
            bad.put("null", null);
        }
        Schema<?> schema = declared.getAllOf() != null && declared.getAllOf().size() == 1
                ? declared.getAllOf().get(0)
                : declared;
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            bad.put("unknown enum value", "NOT_A_VALUE");
            bad.put("enum as number", 1);
            return bad;
        }
        switch (type(schema)) {
            case "object" -> {
                bad.put("string for object", "x");
                bad.put("array for object", List.of());
            }
            case "array" -> {
                bad.put("string for array", "x");
                bad.put("null element", nullElement());
            }
            case "integer" -> {
                bad.put("integer as string", "1");
                bad.put("fraction", 1.5);
                bad.put("boolean for integer", true);
                bad.put("beyond 64 bits", new java.math.BigInteger("99999999999999999999999"));
            }
            case "number" -> {
                bad.put("number as string", "1");
                bad.put("boolean for number", true);
            }
            case "boolean" -> {
                bad.put("number for boolean", 0);
                bad.put("boolean as string", "true");
            }
            default -> invalidStrings(schema, bad);
        }
        return bad;
    }

    private static void invalidStrings(Schema<?> schema, Map<String, Object> bad) {
        bad.put("number for string", 123);
        bad.put("boolean for string", false);
        bad.put("NUL character", "a\u0000b");
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid" -> bad.put("not a uuid", "not-a-uuid");
            case "date" -> {
                bad.put("integer for date", 19723);
                bad.put("month 13", "2024-13-01");
                bad.put("five-digit year", "+10000-01-01");
                bad.put("negative year", "-0001-01-01");
                bad.put("date-time for date", "2024-01-01T23:59:59Z");
            }
            case "date-time" -> bad.put("not a date-time", "yesterday");
            default -> {
                if (schema.getPattern() != null) {
                    bad.put("against the pattern", "~~ not this ~~");
                }
            }
        }
        if (schema.getMaxLength() != null) {
            bad.put("too long", "x".repeat(schema.getMaxLength() + 1));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            bad.put("empty", "");
        }
    }

    private static List<Object> nullElement() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    private static boolean nullableAllOf(Schema<?> schema) {
        return schema.getAllOf() != null
                && schema.getAllOf().stream().anyMatch(s -> Boolean.TRUE.equals(s.getNullable()));
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return type(schema.getAllOf().get(0));
        }
        return "string";
    }
}
