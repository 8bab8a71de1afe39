package dk.virkning.api;

import static dk.virkning.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A line break is refused in a query parameter (it would reach logs and searches), but a form field
 * may hold one, as JSON text may: a console form's multi-line reason is text, not an attack.
 */
class ParameterLineBreaksIT extends PlatformIT {

    @Test
    void aLineBreakInAQueryParameterIsRefused() throws Exception {
        assertProblem(
                send("GET", "/api/v1/organisations?type=PROVIDER%0A", tokens.operator(), null, null),
                400,
                "control character");
    }

    @Test
    void aLineBreakInAFormFieldReachesTheApplication() throws Exception {
        HttpResponse<String> r = send(
                "POST", "/login", null, "application/x-www-form-urlencoded", "username=two%0Alines&password=wrong");
        // Spring Security's form login answered (CSRF refusal or a redirect), not the sanity filter.
        assertThat(r.statusCode()).isIn(302, 403);
        assertThat(r.body()).doesNotContain("control character");
    }
}
