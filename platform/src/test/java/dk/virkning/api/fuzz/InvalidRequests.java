package dk.virkning.api.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invalid variants of one operation, generated from its schema: bad path and query parameters,
 * bodies that are not JSON, of the wrong media type, with an unknown or a duplicate member, without a
 * required member, and with each member replaced by each value its schema forbids.
 */
final class InvalidRequests {

    /** One request to send: what is wrong with it, and its parts. */
    record Variant(String mistake, String path, String contentType, byte[] body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "%ff", "1");

    private final SpecOperation operation;
    private final Function<String, String> pathValues;

    /** @param pathValues the value of a path parameter of the world the requests are sent into */
    InvalidRequests(SpecOperation operation, Function<String, String> pathValues) {
        this.operation = operation;
        this.pathValues = pathValues;
    }

    /** The path with every parameter filled from the world, and the required query parameters. */
    String validPath() {
        return path(Map.of()) + query(null, null);
    }

    /** A body the schema allows (its examples, or values made from its types). */
    byte[] validBody() {
        if (operation.body() == null) {
            return null;
        }
        if (!isJson()) {
            return "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return JSON.writeValueAsBytes(SchemaValues.valid(operation.body()));
    }

    List<Variant> all() {
        List<Variant> variants = new ArrayList<>();
        pathVariants(variants);
        queryVariants(variants);
        if (operation.body() != null) {
            bodyVariants(variants);
        }
        return variants;
    }

    private void pathVariants(List<Variant> variants) {
        for (Parameter p : operation.in("path")) {
            Schema<?> schema = p.getSchema();
            boolean uuid = schema != null && "uuid".equals(schema.getFormat());
            for (String bad : uuid ? BAD_IDS : List.of("%ff%fe")) {
                variants.add(new Variant(
                        "path " + p.getName() + " = " + bad,
                        path(Map.of(p.getName(), bad)) + query(null, null),
                        contentType(),
                        validBody()));
            }
        }
    }

    private void queryVariants(List<Variant> variants) {
        for (Parameter p : operation.in("query")) {
            for (String bad : badQueryValues(p.getSchema())) {
                variants.add(new Variant(
                        "query " + p.getName() + " = " + bad,
                        path(Map.of()) + query(p.getName(), bad),
                        contentType(),
                        validBody()));
            }
        }
    }

    private static List<String> badQueryValues(Schema<?> schema) {
        if (schema == null) {
            return List.of("%ff");
        }
        if (schema.getEnum() != null) {
            return List.of("NOT_A_VALUE", "%ff%fe", "");
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (SchemaValues.type(schema)) {
            case "integer", "number" -> List.of("abc", "0x10", "1.5", "-1", "2147483648", "1e3", "%ff");
            case "boolean" -> List.of("yes", "1", "%ff");
            default ->
                switch (format) {
                    case "date" -> List.of("2024-13-01", "%2B10000-01-01", "20240101", "%ff");
                    case "uuid" -> List.of("not-a-uuid", "%ff");
                    default -> schema.getPattern() != null ? List.of("~~", "%ff", "%00") : List.of("%ff", "%00");
                };
        };
    }

    private void bodyVariants(List<Variant> variants) {
        if (!isJson()) {
            variants.add(new Variant("text for " + operation.bodyType(), validPath(), "text/plain", bytes("x")));
            variants.add(new Variant("empty " + operation.bodyType(), validPath(), operation.bodyType(), new byte[0]));
            return;
        }
        String path = validPath();
        variants.add(new Variant("not JSON", path, "application/json", bytes("{\"")));
        variants.add(new Variant("text/plain", path, "text/plain", validBody()));
        variants.add(new Variant("no body", path, "application/json", new byte[0]));
        variants.add(new Variant("JSON null", path, "application/json", bytes("null")));
        Object valid = SchemaValues.valid(operation.body());
        if (!(valid instanceof Map<?, ?> object)) {
            SchemaValues.invalid(operation.body())
                    .forEach((mistake, bad) -> variants.add(json("body: " + mistake, path, bad)));
            return;
        }
        variants.add(new Variant("array for object", path, "application/json", bytes("[]")));
        Map<String, Object> unknown = new LinkedHashMap<>(cast(object));
        unknown.put("notInTheSpec", true);
        variants.add(json("unknown member", path, unknown));
        if (!object.isEmpty()) {
            String first = object.keySet().iterator().next().toString();
            String rest = new String(JSON.writeValueAsBytes(object), java.nio.charset.StandardCharsets.UTF_8);
            String duplicate = "{\"" + first + "\":"
                    + new String(JSON.writeValueAsBytes(object.get(first)), java.nio.charset.StandardCharsets.UTF_8)
                    + "," + rest.substring(1);
            variants.add(new Variant("duplicate member " + first, path, "application/json", bytes(duplicate)));
        }
        Schema<?> schema = operation.body();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (String name : required) {
            Map<String, Object> without = new LinkedHashMap<>(cast(object));
            without.remove(name);
            variants.add(json("without required " + name, path, without));
        }
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((name, property) -> SchemaValues.invalid(property).forEach((mistake, bad) -> {
                        Map<String, Object> changed = new LinkedHashMap<>(cast(object));
                        changed.put(name, bad);
                        variants.add(json(name + ": " + mistake, path, changed));
                    }));
        }
    }

    private Variant json(String mistake, String path, Object body) {
        return new Variant(mistake, path, "application/json", JSON.writeValueAsBytes(body));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private String path(Map<String, String> overrides) {
        String path = operation.path();
        for (Parameter p : operation.in("path")) {
            String value = overrides.getOrDefault(p.getName(), pathValues.apply(p.getName()));
            path = path.replace("{" + p.getName() + "}", value);
        }
        return path;
    }

    /** The required query parameters with valid values, and the one given with the bad value. */
    private String query(String badName, String badValue) {
        StringBuilder query = new StringBuilder();
        for (Parameter p : operation.in("query")) {
            String value = p.getName().equals(badName)
                    ? badValue
                    : Boolean.TRUE.equals(p.getRequired()) ? String.valueOf(SchemaValues.valid(p.getSchema())) : null;
            if (value != null) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(p.getName())
                        .append('=')
                        .append(value);
            }
        }
        return query.toString();
    }

    private boolean isJson() {
        return operation.bodyType() != null && operation.bodyType().contains("json");
    }

    private String contentType() {
        return operation.bodyType();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
