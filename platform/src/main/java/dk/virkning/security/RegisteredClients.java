package dk.virkning.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * A configured client as Spring Authorization Server registers it. The id is derived from the
 * client id, so every replica registers the same client under the same id.
 */
final class RegisteredClients {

    static final String ROLES_SETTING = "virkning.roles";
    static final String TENANT_SETTING = "virkning.tenant";
    static final String ORGANISATION_SETTING = "virkning.organisation";

    private RegisteredClients() {}

    static RegisteredClient of(ClientProperties.Client client, EmbeddedServerProperties properties) {
        RegisteredClient.Builder builder = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(client.id().getBytes(StandardCharsets.UTF_8))
                                .toString())
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        TokenSettings.Builder tokens =
                TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTimeToLive());
        ClientSettings.Builder settings = ClientSettings.builder();
        if (client.redirectUris().isEmpty()) {
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
            settings.setting(
                            ROLES_SETTING,
                            client.roles().stream().map(Role::name).toList())
                    .setting(TENANT_SETTING, client.tenant() == null ? "" : client.tenant())
                    .setting(
                            ORGANISATION_SETTING,
                            client.organisation() == null
                                    ? ""
                                    : client.organisation().toString());
        } else {
            // A first-party web client signing people in: PKCE always, no consent screen, and a
            // new refresh token at every refresh.
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(client.redirectUris()))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE);
            settings.requireProofKey(true).requireAuthorizationConsent(false);
            tokens.refreshTokenTimeToLive(properties.refreshTokenTimeToLive()).reuseRefreshTokens(false);
        }
        return builder.tokenSettings(tokens.build())
                .clientSettings(settings.build())
                .build();
    }
}
