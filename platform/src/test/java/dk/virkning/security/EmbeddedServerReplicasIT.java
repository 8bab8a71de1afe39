package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.VirkningApplication;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded server's keys live in PostgreSQL: a second platform instance on the same database
 * accepts the first one's tokens and the other way round, also after a key rotation on one of them,
 * and a token outlives a restart of the instance that issued it.
 */
class EmbeddedServerReplicasIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPERATOR_PATH = "/api/v1/municipalities";

    @Autowired
    private PersistentSigningKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoInstancesAcceptEachOthersTokensAcrossARotationAndARestart() throws Exception {
        String fromReplica;
        try (ConfigurableApplicationContext replica = startReplica()) {
            String replicaUri = uri(replica);
            fromReplica = clientCredentials(replicaUri);
            String fromHere = clientCredentials(baseUri());
            assertThat(status(baseUri(), fromReplica)).isEqualTo(200);
            assertThat(status(replicaUri, fromHere)).isEqualTo(200);

            // A new key here: this instance signs with it, the other picks it up on first sight.
            keys.rotate();
            String afterRotation = clientCredentials(baseUri());
            assertThat(kid(afterRotation)).isNotEqualTo(kid(fromHere));
            Thread.sleep(1_100); // the other instance reads the keys again at most once a second
            assertThat(status(replicaUri, afterRotation)).isEqualTo(200);
            // The replaced key still verifies the tokens it signed, and the JWKS lists both.
            assertThat(status(replicaUri, fromHere)).isEqualTo(200);
            assertThat(status(baseUri(), fromHere)).isEqualTo(200);
            String jwks = get(replicaUri + "/oauth2/jwks", null).body();
            assertThat(jwks).contains(kid(fromHere), kid(afterRotation));
        }
        // The replica restarts: the token it issued before is still good there.
        try (ConfigurableApplicationContext restarted = startReplica()) {
            assertThat(status(uri(restarted), fromReplica)).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext startReplica() {
        return new SpringApplicationBuilder(VirkningApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "--spring.datasource.username=" + TestDatabase.ROLE,
                        "--spring.datasource.password=" + TestDatabase.PASSWORD,
                        "--virkning.pseudonym.secret=test-only-pseudonym-secret",
                        "--virkning.auth.embedded.key-encryption-key=test-only-key-encryption-key",
                        "--virkning.auth.embedded.issuer=" + ISSUER,
                        "--virkning.settlement.schedule.enabled=false",
                        "--virkning.auth.clients[0].id=" + MACHINE,
                        "--virkning.auth.clients[0].secret={noop}" + CONSOLE_SECRET,
                        "--virkning.auth.clients[0].roles[0]=PLATFORM_OPERATOR",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    private static String uri(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private String clientCredentials(String base) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString((MACHINE + ":" + CONSOLE_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private int status(String base, String token) throws Exception {
        return get(base + OPERATOR_PATH, token).statusCode();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String kid(String jwt) {
        String header =
                new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        JsonNode node = JSON.readTree(header);
        return node.path("kid").asString();
    }
}
