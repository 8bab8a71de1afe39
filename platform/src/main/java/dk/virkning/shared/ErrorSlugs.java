package dk.virkning.shared;

/** The problem type and a safe detail for an HTTP status that arrives without one. */
final class ErrorSlugs {

    private ErrorSlugs() {}

    static String of(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "request-timeout";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "header-too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "request-error";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this operation";
            case 404 -> "No such resource";
            case 405 -> "This method is not supported";
            case 406 -> "No acceptable representation";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "The content type is not supported";
            case 431 -> "The request headers are too large";
            default ->
                status >= 500 ? "The request failed unexpectedly; it has been logged" : "The request was refused";
        };
    }
}
