package dk.virkning.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to a servlet response, for the answers given before (or after)
 * Spring MVC: filters, the security chain, the error page and the container's own rejections.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public void write(HttpServletResponse response, HttpStatusCode status, String slug, String detail)
            throws IOException {
        write(response, Problems.of(status, slug, reason(status), detail));
    }

    public byte[] bytes(ProblemDetail problem) {
        return json.writeValueAsBytes(problem);
    }

    static String reason(HttpStatusCode status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
