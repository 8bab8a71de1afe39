package dk.virkning.console.web;

import dk.virkning.client.ApiClient;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The generated API client, calling the platform's own API as the signed-in person: their access
 * token (refreshed when expired) as the bearer token. The console sees and does exactly what the
 * API lets that person see and do.
 */
@Component
public class ConsoleApi {

    private final OAuth2AuthorizedClientManager clients;
    private final Loopback loopback;

    ConsoleApi(OAuth2AuthorizedClientManager clients, Loopback loopback) {
        this.clients = clients;
        this.loopback = loopback;
    }

    /** A client for the current request's person. */
    public ApiClient client() {
        String token = accessToken();
        String language = LocaleContextHolder.getLocale().toLanguageTag();
        ApiClient client = new ApiClient();
        client.updateBaseUri(loopback.baseUri());
        client.setReadTimeout(Duration.ofMinutes(5));
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setRequestInterceptor(
                b -> b.header("Authorization", "Bearer " + token).header("Accept-Language", language));
        return client;
    }

    private String accessToken() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(ConsoleClientRegistrations.ID)
                .principal(person)
                .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                .build();
        OAuth2AuthorizedClient client = clients.authorize(request);
        if (client == null) {
            throw new IllegalStateException("No access token for the signed-in person");
        }
        return client.getAccessToken().getTokenValue();
    }
}
