package dk.virkning.api;

import static dk.virkning.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.PlatformIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every error is a problem detail (issue 11, item 2), also when the container, the firewall or the
 * error page answers: no HTML, no Spring Boot default JSON, no empty body, no echoed path.
 */
class ProblemEverywhereIT extends PlatformIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void badPathEncodingIsAProblem() throws Exception {
        for (String path : new String[] {
            "/api/v1/municipalities%2fx", "/api/v1/municipalities/a%00b", "/api/v1/municipalities/%ff%fe", "/x%2fy"
        }) {
            HttpResponse<String> r = raw("GET", path, tokens.operator(), "application/json");
            assertProblem(r, 400, "");
        }
    }

    @Test
    void theFirewallsRejectionsAreProblemsThatDoNotEchoThePath() throws Exception {
        for (String path : new String[] {
            "/api/v1/municipalities;jsessionid=secret-marker",
            "/api/v1//municipalities",
            "/api/v1/municipalities/%2e%2e/organisations",
            "/api/v1/municipalities/%5csecret-marker"
        }) {
            HttpResponse<String> r = raw("GET", path, tokens.operator(), "application/json");
            assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(400, 404);
            assertProblem(r, r.statusCode(), "");
            assertThat(r.body()).doesNotContain("secret-marker").doesNotContain("\"path\"");
        }
    }

    @Test
    void anOversizedHeaderIsAProblem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/municipalities"))
                .header("X-Big", "a".repeat(70_000))
                .GET()
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(400, 431);
        assertProblem(r, r.statusCode(), "");
    }

    @Test
    void traceAndUnknownMethodsAreNotAllowed() throws Exception {
        assertProblem(raw("TRACE", "/api/v1/municipalities", tokens.operator(), null), 405, "method");
        assertProblem(raw("FOO", "/api/v1/municipalities", tokens.operator(), null), 405, "method");
        assertProblem(raw("PATCH", "/api/v1/municipalities", tokens.operator(), null), 405, "");
        assertProblem(raw("TRACE", "/anything", null, null), 405, "method");
    }

    @Test
    void unacceptableAndUnsupportedMediaTypesAreProblems() throws Exception {
        assertProblem(raw("GET", "/api/v1/municipalities", tokens.operator(), "no/such/type;;"), 406, "");
        assertProblem(raw("GET", "/api/v1/municipalities", tokens.operator(), "text/html"), 406, "");
        HttpResponse<String> r = send("POST", "/api/v1/municipalities", tokens.operator(), "text/plain", "x");
        assertProblem(r, 415, "");
    }

    @Test
    void unknownPathsAndTheErrorPageAreNotFound() throws Exception {
        assertProblem(raw("GET", "/api/v1/nothing-here", tokens.operator(), null), 404, "");
        assertProblem(raw("GET", "/nothing-here", null, null), 404, "");
        assertProblem(raw("GET", "/error", null, null), 404, "");
        assertProblem(raw("POST", "/error", tokens.operator(), "text/html"), 404, "");
    }

    private HttpResponse<String> raw(String method, String path, String token, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
