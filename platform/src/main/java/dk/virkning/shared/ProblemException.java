package dk.virkning.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that the client caused and can correct, answered as an RFC 9457 problem detail. Its
 * message is shown to the client, so it must never hold internals.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String slug;
    private final transient List<ProblemError> errors;

    public ProblemException(HttpStatus status, String slug, String detail, List<ProblemError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(HttpStatus status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    /** A resource that does not exist, or that the caller may not know exists. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found");
    }

    /** A request that conflicts with the current state, e.g. a period already settled. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail);
    }

    /** Well-formed input that breaks a rule, e.g. terms that fail the plugin's schema. */
    public static ProblemException unprocessable(String slug, String detail, List<ProblemError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail, errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
