package dk.virkning.console.web;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.model.Problem;
import dk.virkning.client.model.ProblemError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An API error as the console shows it: the problem detail's title and detail, each field error
 * under the field it names, and line errors (of an import) in a table.
 */
public record ConsoleProblem(
        int status, String title, String detail, Map<String, String> fieldErrors, List<ProblemError> lineErrors) {

    public static ConsoleProblem of(ApiException e) {
        Problem problem = parse(e.getResponseBody());
        int status = e.getCode() == 0 ? 502 : e.getCode();
        if (problem == null) {
            return new ConsoleProblem(status, "HTTP " + status, null, Map.of(), List.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<ProblemError> errors = Optional.ofNullable(problem.getErrors()).orElse(List.of());
        errors.stream()
                .filter(error -> error.getField() != null && error.getLine() == null)
                .forEach(error -> fields.merge(error.getField(), error.getMessage(), (a, b) -> a + "; " + b));
        List<ProblemError> lines =
                errors.stream().filter(error -> error.getLine() != null).toList();
        String title = problem.getTitle() == null ? "HTTP " + status : problem.getTitle();
        return new ConsoleProblem(status, title, problem.getDetail(), Map.copyOf(fields), lines);
    }

    /** The message for a field, or null. */
    public String field(String name) {
        return fieldErrors.get(name);
    }

    public boolean hasField(String name) {
        return fieldErrors.containsKey(name);
    }

    /**
     * The messages about a field and its parts ({@code steps} covers {@code steps[0].description}
     * and a combined {@code barriers/steps}), each with the part it names; null when there is none.
     */
    public String about(String name) {
        String messages = fieldErrors.entrySet().stream()
                .filter(e -> names(e.getKey(), name))
                .map(e -> e.getKey().equals(name) ? e.getValue() : e.getKey() + ": " + e.getValue())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
        return messages;
    }

    private static boolean names(String field, String name) {
        return field.equals(name)
                || field.startsWith(name + "[")
                || field.startsWith(name + ".")
                || java.util.Arrays.asList(field.split("/")).contains(name);
    }

    private static Problem parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ApiClient.createDefaultObjectMapper().readValue(body, Problem.class);
        } catch (Exception notAProblem) {
            return null;
        }
    }
}
