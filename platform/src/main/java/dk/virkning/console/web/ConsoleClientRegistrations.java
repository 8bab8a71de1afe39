package dk.virkning.console.web;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The console's one client registration. The browser goes to the issuer's authorization endpoint
 * at the issuer's public address; the server exchanges the code and reads the keys over the
 * loopback, so the console works behind any ingress and on a random test port.
 */
final class ConsoleClientRegistrations implements ClientRegistrationRepository {

    static final String ID = "virkning";
    static final String REDIRECT_PATH = "/console/login/oauth2/code/" + ID;

    private final ConsoleProperties properties;
    private final Loopback loopback;

    ConsoleClientRegistrations(ConsoleProperties properties, Loopback loopback) {
        this.properties = properties;
        this.loopback = loopback;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        String issuer = properties.issuer();
        String server = loopback.baseUri();
        return ClientRegistration.withRegistrationId(ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(issuer + REDIRECT_PATH)
                .scope("openid", "profile")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(server + "/oauth2/token")
                .jwkSetUri(server + "/oauth2/jwks")
                .userInfoUri(server + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName("Virkning")
                .build();
    }
}
