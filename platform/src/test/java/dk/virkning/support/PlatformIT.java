package dk.virkning.support;

import dk.virkning.client.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-stack tests: the whole application on a random port, against a real PostgreSQL,
 * driven over HTTP through the generated client (or raw HTTP where a test sends what the client
 * cannot, such as malformed JSON).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ContractRecorder.class)
public abstract class PlatformIT {

    /** The embedded server's issuer in the tests (the port is random, so not the real address). */
    public static final String ISSUER = "http://virkning.test";

    /** Set by a test class to connect the application to another address than the test database's. */
    public static final String DATABASE_URL = "virkning.test.database-url";

    public static final String CONSOLE = "test-console";
    public static final String CONSOLE_SECRET = "test-console-secret";
    public static final String CONSOLE_REDIRECT = ISSUER + "/console/login/oauth2/code/virkning";
    public static final String MACHINE = "test-machine";
    public static final String PERSON = "pia.person";
    public static final String PERSON_PASSWORD = "test-person-password";
    public static final String PERSON_MUNICIPALITY = "personby";
    public static final String CONSOLE_MUNICIPALITY = "konsolby";
    public static final String CONSOLE_ADMIN = "konsol.admin";
    public static final String CONSOLE_CASEWORKER = "konsol.caseworker";

    @LocalServerPort
    protected int port;

    @Autowired
    private JwtEncoder jwtEncoder;

    protected TestTokens tokens;
    protected Scenario scenario;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // A test class may route the connections elsewhere (through a pooler) by this one property.
        registry.add("spring.datasource.url", () -> "${" + DATABASE_URL + ":" + TestDatabase.jdbcUrl() + "}");
        registry.add("spring.datasource.username", () -> TestDatabase.ROLE);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("virkning.pseudonym.secret", () -> "test-only-pseudonym-secret");
        registry.add("virkning.auth.embedded.key-encryption-key", () -> "test-only-key-encryption-key");
        registry.add("virkning.auth.embedded.issuer", () -> ISSUER);
        // A web client and a person of the embedded server, for the sign-in tests.
        registry.add("virkning.auth.clients[0].id", () -> CONSOLE);
        registry.add("virkning.auth.clients[0].secret", () -> "{noop}" + CONSOLE_SECRET);
        registry.add("virkning.auth.clients[0].redirect-uris[0]", () -> CONSOLE_REDIRECT);
        registry.add("virkning.auth.clients[1].id", () -> MACHINE);
        registry.add("virkning.auth.clients[1].secret", () -> "{noop}" + CONSOLE_SECRET);
        registry.add("virkning.auth.clients[1].roles[0]", () -> "PLATFORM_OPERATOR");
        registry.add("virkning.auth.people[0].username", () -> PERSON);
        registry.add("virkning.auth.people[0].password", () -> "{noop}" + PERSON_PASSWORD);
        registry.add("virkning.auth.people[0].name", () -> "Pia Person");
        registry.add("virkning.auth.people[0].roles[0]", () -> "CASEWORKER");
        registry.add("virkning.auth.people[0].tenant", () -> PERSON_MUNICIPALITY);
        // An admin and a caseworker of the console's browser tests' own municipality.
        registry.add("virkning.auth.people[1].username", () -> CONSOLE_ADMIN);
        registry.add("virkning.auth.people[1].password", () -> "{noop}" + PERSON_PASSWORD);
        registry.add("virkning.auth.people[1].name", () -> "Konsol Admin");
        registry.add("virkning.auth.people[1].roles[0]", () -> "MUNICIPALITY_ADMIN");
        registry.add("virkning.auth.people[1].tenant", () -> CONSOLE_MUNICIPALITY);
        registry.add("virkning.auth.people[2].username", () -> CONSOLE_CASEWORKER);
        registry.add("virkning.auth.people[2].password", () -> "{noop}" + PERSON_PASSWORD);
        registry.add("virkning.auth.people[2].name", () -> "Konsol Sagsbehandler");
        registry.add("virkning.auth.people[2].roles[0]", () -> "CASEWORKER");
        registry.add("virkning.auth.people[2].tenant", () -> CONSOLE_MUNICIPALITY);
        // The web console signs people in through the test web client.
        registry.add("virkning.console.client-id", () -> CONSOLE);
        registry.add("virkning.console.client-secret", () -> CONSOLE_SECRET);
        // Tests call the periodic settlement directly (PeriodicSettlementIT); no schedule fires.
        registry.add("virkning.settlement.schedule.enabled", () -> "false");
        // CI proves the containment in the real sandbox: there the tests refuse to run without it.
        if (System.getenv("CI") != null) {
            registry.add("virkning.plugins.host.sandbox", () -> "BWRAP");
        }
    }

    @BeforeEach
    void forgetEarlierAnswers() {
        ContractRecorder.drain();
    }

    /** Every answer the application gave during the test kept to openapi.yaml. */
    @AfterEach
    void answersKeptToTheContract() {
        org.assertj.core.api.Assertions.assertThat(ContractRecorder.drain())
                .as("answers that break openapi.yaml")
                .isEmpty();
    }

    @BeforeEach
    void setUpClients() {
        tokens = new TestTokens(jwtEncoder, ISSUER);
        scenario = new Scenario(this, tokens);
    }

    /** A generated API client that sends the given bearer token. */
    protected ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri());
        if (token != null) {
            client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** A generated API client that sends the given bearer token and extra headers (e.g. If-Match). */
    protected ApiClient client(String token, java.util.Map<String, String> headers) {
        ApiClient client = client(token);
        client.setRequestInterceptor(b -> {
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
        });
        return client;
    }

    protected String baseUri() {
        return "http://localhost:" + port;
    }

    /** A raw HTTP call with a binary body and extra headers (the generated client cannot send bytes). */
    protected HttpResponse<String> sendBytes(
            String path, String token, byte[] body, java.util.Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.check("POST", response);
        return response;
    }

    /** A raw HTTP call, for input the generated client would never send. */
    protected HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        return send(method, path, token, contentType, body, java.util.Map.of());
    }

    /** A raw HTTP call with extra headers. */
    protected HttpResponse<String> send(
            String method,
            String path,
            String token,
            String contentType,
            String body,
            java.util.Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(method, response);
        return response;
    }
}
