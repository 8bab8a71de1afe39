package dk.virkning.resilience;

import dk.virkning.support.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A municipality, a provider and an NK1 program on a child platform, made through its API. */
record World(String municipality, String provider, String program) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    static World create(ChildPlatform platform, String municipality, String code, String programStart)
            throws Exception {
        String operator = platform.token(ChildPlatform.OPERATOR);
        post(
                platform,
                operator,
                "/api/v1/municipalities",
                "{\"id\":\"" + municipality + "\",\"name\":\"Fejlkommune\",\"municipalityCode\":\"" + code + "\"}");
        String provider = id(post(
                platform, operator, "/api/v1/organisations", "{\"name\":\"Fault Provider\",\"type\":\"PROVIDER\"}"));
        String admin = platform.token(ChildPlatform.ADMIN);
        String program = id(post(
                platform,
                admin,
                "/api/v1/municipalities/" + municipality + "/programs",
                "{\"name\":\"NK1 fault injection\",\"providerId\":\"" + provider + "\",\"investorIds\":[],"
                        + "\"pluginId\":\"sundinvest-nk1\",\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                        + "\",\"startDate\":\""
                        + programStart + "\",\"capacity\":1000000,\"terms\":{\"baselineBenefitShare\":0.8,"
                        + "\"weeklyNetCost\":3000,\"measurementWeeks\":52,\"savingsShare\":0.6,"
                        + "\"maxTotalPayment\":2000000000}}"));
        return new World(municipality, provider, program);
    }

    String programPath() {
        return "/api/v1/municipalities/" + municipality + "/programs/" + program;
    }

    static HttpResponse<String> post(ChildPlatform platform, String token, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.baseUri() + path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String id(HttpResponse<String> response) {
        return field(response.body(), "id");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]+)\"?")
                .matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
