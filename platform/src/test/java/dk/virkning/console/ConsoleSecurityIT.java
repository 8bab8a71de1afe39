package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.PlatformIT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The console's own filter chain: a strict Content-Security-Policy on its pages, sign-in through
 * the platform's issuer with PKCE and the registered redirect URI, CSRF refusal of a form post
 * without its token; the API chain stays stateless beside it.
 */
class ConsoleSecurityIT extends PlatformIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aConsolePageCarriesTheStrictContentSecurityPolicyAndSendsAStrangerToSignIn() throws Exception {
        HttpResponse<String> page = get("/console/municipalities/konsolby/programs");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .endsWith("/console/oauth2/authorization/virkning");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void signInGoesToTheIssuerWithPkceAndTheRegisteredRedirectUri() throws Exception {
        HttpResponse<String> start = get("/console/oauth2/authorization/virkning");

        assertThat(start.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location)
                .startsWith(ISSUER + "/oauth2/authorize?")
                .contains("client_id=" + CONSOLE)
                .contains("redirect_uri=" + CONSOLE_REDIRECT)
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .contains("scope=openid profile");
    }

    @Test
    void anHtmxRequestWithoutASessionReloadsItsPageWhichThenSignsIn() throws Exception {
        HttpResponse<String> partial = http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + "/console/municipalities/konsolby/programs"))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://virkning.test/console/municipalities/konsolby/programs?x=1")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(partial.statusCode()).isEqualTo(401);
        assertThat(partial.headers().firstValue("HX-Redirect"))
                .hasValue("/console/municipalities/konsolby/programs?x=1");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + "/console/logout"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void theConsolesAssetsArePublicAndTheApiStaysStateless() throws Exception {
        assertThat(get("/console/assets/console.css").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);

        HttpResponse<String> api = get("/api/v1/municipalities");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUri() + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
