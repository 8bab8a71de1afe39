package dk.virkning.console.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console: a first-party web client of the platform's own issuer that calls the platform's
 * own API with the signed-in person's token.
 *
 * @param issuer the issuer people sign in at, as their browser reaches it (by default the embedded
 *     server's issuer)
 * @param clientId the web client registered at the issuer for the console
 * @param clientSecret that client's secret
 * @param apiBaseUri where the console reaches the API and the token endpoint from the server itself;
 *     blank means the server's own port on the loopback address
 */
@ConfigurationProperties("virkning.console")
public record ConsoleProperties(String issuer, String clientId, String clientSecret, String apiBaseUri) {

    public ConsoleProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8080" : stripSlash(issuer);
        clientId = clientId == null || clientId.isBlank() ? "virkning-console" : clientId;
        apiBaseUri = apiBaseUri == null || apiBaseUri.isBlank() ? null : stripSlash(apiBaseUri);
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
