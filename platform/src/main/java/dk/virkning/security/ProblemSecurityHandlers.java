package dk.virkning.security;

import dk.virkning.observability.BusinessMetrics;
import dk.virkning.shared.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 from the security filters as problem details, like every other error. */
final class ProblemSecurityHandlers {

    private final JsonMapper json;
    private final BusinessMetrics metrics;

    ProblemSecurityHandlers(JsonMapper json, BusinessMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            metrics.authenticationFailed("unauthorized");
            response.setHeader("WWW-Authenticate", "Bearer");
            write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "unauthorized",
                            "Unauthorized",
                            "A valid bearer token is required"));
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            metrics.authenticationFailed("forbidden");
            write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this operation"));
        };
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
