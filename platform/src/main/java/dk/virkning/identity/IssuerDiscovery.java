package dk.virkning.identity;

import com.nimbusds.jose.jwk.JWKSet;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an issuer before it is registered: its OpenID Connect discovery document is reachable and
 * names the same issuer, and the JWKS it points to is reachable and holds keys. Answers the JWKS
 * URI. What went wrong is said in general terms; the remote answer is not passed on.
 */
@Component
class IssuerDiscovery {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json;

    IssuerDiscovery(JsonMapper json) {
        this.json = json;
    }

    String jwksUri(String issuer) {
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        JsonNode document;
        try {
            document = json.readTree(fetch(discovery));
        } catch (RuntimeException e) {
            throw unreachable("The issuer's discovery document could not be read");
        }
        if (!issuer.equals(document.path("issuer").asString(""))) {
            throw unreachable("The issuer's discovery document names another issuer");
        }
        String jwks = document.path("jwks_uri").asString("");
        if (!jwks.startsWith("https://") && !jwks.startsWith("http://")) {
            throw unreachable("The issuer's discovery document has no jwks_uri");
        }
        try {
            if (JWKSet.parse(fetch(URI.create(jwks))).getKeys().isEmpty()) {
                throw unreachable("The issuer's JWKS holds no keys");
            }
        } catch (java.text.ParseException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreachable("The issuer's JWKS could not be read");
        }
        return jwks;
    }

    private String fetch(URI uri) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("status " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ProblemException unreachable(String detail) {
        return ProblemException.unprocessable(
                "issuer-unreachable", detail, List.of(ProblemError.field("issuerUri", "is not a reachable issuer")));
    }
}
