package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.PlatformIT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person signs in on the embedded server as a browser would: authorization request with PKCE,
 * the login form, the code at the web client's redirect URI, the code exchanged for tokens, a
 * refresh; the access token then works on the API with the person's role, and userinfo and
 * discovery answer. Failed logins and failed client authentications end in 429 with Retry-After.
 */
class EmbeddedSignInIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private HttpClient browser;

    @BeforeEach
    void browserAndMunicipality() throws Exception {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        send(
                "POST",
                "/api/v1/municipalities",
                tokens.operator(),
                "application/json",
                "{\"id\":\"" + PERSON_MUNICIPALITY + "\",\"name\":\"Personby\",\"municipalityCode\":\"398\"}");
    }

    @Test
    void aPersonSignsInWithTheAuthorizationCodeFlowAndPkceAndRefreshes() throws Exception {
        String verifier = random();
        String code = signIn(PERSON, PERSON_PASSWORD, challenge(verifier));

        JsonNode tokensAnswer = token(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", CONSOLE_REDIRECT,
                "code_verifier", verifier));
        String access = tokensAnswer.path("access_token").asString();
        assertThat(tokensAnswer.path("id_token").asString()).isNotEmpty();
        assertThat(tokensAnswer.path("refresh_token").asString()).isNotEmpty();

        assertThat(send("GET", "/api/v1/municipalities/" + PERSON_MUNICIPALITY + "/programs", access, null, null)
                        .statusCode())
                .isEqualTo(200);
        // A caseworker, not an operator.
        assertThat(send("GET", "/api/v1/municipalities", access, null, null).statusCode())
                .isEqualTo(403);

        HttpResponse<String> userinfo = send("GET", "/userinfo", access, null, null);
        assertThat(userinfo.statusCode())
                .as(userinfo.body() + userinfo.headers().map())
                .isEqualTo(200);
        assertThat(JSON.readTree(userinfo.body()).path("sub").asString()).isEqualTo(PERSON);
        assertThat(JSON.readTree(userinfo.body()).path("name").asString()).isEqualTo("Pia Person");

        JsonNode refreshed = token(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                tokensAnswer.path("refresh_token").asString()));
        String again = refreshed.path("access_token").asString();
        assertThat(again).isNotEqualTo(access);
        assertThat(send("GET", "/api/v1/municipalities/" + PERSON_MUNICIPALITY + "/programs", again, null, null)
                        .statusCode())
                .isEqualTo(200);
        // The code was used once; a second exchange is refused.
        HttpResponse<String> reused = tokenResponse(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", CONSOLE_REDIRECT,
                "code_verifier", verifier));
        assertThat(reused.statusCode()).isEqualTo(400);
    }

    @Test
    void aCodeWithoutTheRightVerifierIsRefused() throws Exception {
        String code = signIn(PERSON, PERSON_PASSWORD, challenge(random()));
        HttpResponse<String> refused = tokenResponse(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                CONSOLE_REDIRECT,
                "code_verifier",
                random()));
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void discoveryAndJwksDescribeTheIssuer() throws Exception {
        HttpResponse<String> discovery = send("GET", "/.well-known/openid-configuration", null, null, null);
        assertThat(discovery.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(discovery.body());
        assertThat(document.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(document.path("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(document.path("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(document.path("code_challenge_methods_supported").toString()).contains("S256");
        HttpResponse<String> jwks = send("GET", "/oauth2/jwks", null, null, null);
        assertThat(JSON.readTree(jwks.body()).path("keys").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repeatedFailedLoginsAnswer429WithRetryAfter() throws Exception {
        String user = "nobody-" + random().substring(0, 8);
        int limit = 10;
        for (int i = 0; i < limit; i++) {
            HttpResponse<String> failed = login(user, "wrong");
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }
        HttpResponse<String> refused = login(user, "wrong");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // Another user from the same address is not locked out by it.
        assertThat(login("someone-else-" + user, "wrong").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedFailedClientAuthenticationsAnswer429WithRetryAfter() throws Exception {
        String client = "no-such-client-" + random().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            assertThat(clientCredentials(client, "wrong").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = clientCredentials(client, "wrong");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(refused.body()).contains("too-many-attempts");
        // A good client is still served.
        assertThat(clientCredentials(MACHINE, CONSOLE_SECRET).statusCode()).isEqualTo(200);
    }

    // --- a browser ---

    private String signIn(String user, String password, String challenge) throws Exception {
        String authorize = "/oauth2/authorize?"
                + form(Map.of(
                        "response_type", "code",
                        "client_id", CONSOLE,
                        "redirect_uri", CONSOLE_REDIRECT,
                        "scope", "openid profile",
                        "state", "s1",
                        "code_challenge", challenge,
                        "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = get(baseUri() + authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> signedIn = login(user, password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> back =
                get(absolute(signedIn.headers().firstValue("Location").orElseThrow()));
        assertThat(back.statusCode()).isEqualTo(302);
        String redirect = back.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith(CONSOLE_REDIRECT).contains("state=s1");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        assertThat(code.find()).isTrue();
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        HttpResponse<String> page = get(baseUri() + "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        return browser.send(
                HttpRequest.newBuilder(URI.create(baseUri() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", user, "password", password, "_csrf", csrf.group(1)))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : baseUri() + location;
    }

    private JsonNode token(Map<String, String> parameters) throws Exception {
        HttpResponse<String> response = tokenResponse(parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> tokenResponse(Map<String, String> parameters) throws Exception {
        return post("/oauth2/token", CONSOLE, CONSOLE_SECRET, parameters);
    }

    private HttpResponse<String> clientCredentials(String client, String secret) throws Exception {
        return post("/oauth2/token", client, secret, Map.of("grant_type", "client_credentials"));
    }

    private HttpResponse<String> post(String path, String client, String secret, Map<String, String> parameters)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUri() + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
