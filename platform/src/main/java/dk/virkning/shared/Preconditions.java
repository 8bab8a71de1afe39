package dk.virkning.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Optimistic concurrency for versioned resources: a strong {@code ETag} over the state a change
 * depends on, and the {@code If-Match} check before the change (412 when stale, 428 when required
 * and missing). The header is read from the current request because it is handled the same way on
 * every such operation, not by each generated interface.
 */
public final class Preconditions {

    private Preconditions() {}

    /** The entity tag of a resource's version: a quoted SHA-256 over the given parts. */
    public static String etag(Object... parts) {
        String joined = Arrays.stream(parts).map(p -> Objects.toString(p, "")).collect(Collectors.joining("\u001f"));
        return "\"" + Sha256.hex(joined).substring(0, 32) + "\"";
    }

    /**
     * Refuses the change unless the request's {@code If-Match} names the current version.
     *
     * @param required whether a request without {@code If-Match} is refused (428)
     */
    public static void requireMatch(String currentEtag, boolean required) {
        String ifMatch = header("If-Match");
        if (ifMatch == null) {
            if (required) {
                throw new ProblemException(
                        HttpStatus.PRECONDITION_REQUIRED,
                        "precondition-required",
                        "Send If-Match with the ETag of the version you changed");
            }
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(currentEtag)) {
                return;
            }
        }
        throw new ProblemException(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "The resource was changed since you read it; read it again and retry");
    }

    private static String header(String name) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getHeader(name);
        }
        return null;
    }
}
