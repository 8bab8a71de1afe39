package dk.virkning.shared;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Describes a JSON parsing failure in words fit for a client: field names, never class names. */
final class JsonErrors {

    private JsonErrors() {}

    static String describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException e) {
            return "Unknown field '" + path(e) + "'";
        }
        if (cause instanceof InvalidFormatException e) {
            return "Field '" + path(e) + "' has an invalid value";
        }
        if (cause instanceof tools.jackson.databind.exc.InvalidNullException e
                && !e.getPath().isEmpty()) {
            return "Field '" + path(e) + "' may not be null; leave it out or give a value";
        }
        if (cause instanceof MismatchedInputException e && !e.getPath().isEmpty()) {
            return "Field '" + path(e) + "' has the wrong type";
        }
        if (cause instanceof JacksonException) {
            return "The request body is not valid JSON";
        }
        return "The request body is missing or unreadable";
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
