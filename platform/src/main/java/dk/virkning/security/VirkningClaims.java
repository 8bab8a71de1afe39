package dk.virkning.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What the embedded server's tokens say: a machine client's roles, municipality and organisation
 * from its configuration; a signed-in person's from the person's, with their display name (also in
 * the ID token, hence in userinfo). A person's roles, municipality and organisation are in the ID
 * token too, for the web console.
 */
final class VirkningClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final EmbeddedDirectory directory;

    VirkningClaims(EmbeddedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSettings settings = context.getRegisteredClient().getClientSettings();
            List<String> roles = settings.getSetting(RegisteredClients.ROLES_SETTING);
            // Mutable lists: the stored authorization's claims are read back by a type-checked JSON mapper.
            context.getClaims().claim(Claims.ROLES, roles == null ? new ArrayList<>() : new ArrayList<>(roles));
            String tenant = settings.getSetting(RegisteredClients.TENANT_SETTING);
            AuthorizationServerConfiguration.nonBlank(tenant)
                    .ifPresent(t -> context.getClaims().claim(Claims.TENANT, t));
            String organisation = settings.getSetting(RegisteredClients.ORGANISATION_SETTING);
            AuthorizationServerConfiguration.nonBlank(organisation)
                    .ifPresent(o -> context.getClaims().claim(Claims.ORGANISATION, o));
            return;
        }
        directory.person(context.getPrincipal().getName()).ifPresent(person -> {
            if (person.name() != null) {
                context.getClaims().claim(Claims.NAME, person.name());
            }
            // The ID token says them too: the web console shows each person the pages of their role.
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    || OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim(
                                Claims.ROLES,
                                new ArrayList<>(
                                        person.roles().stream().map(Role::name).toList()));
                AuthorizationServerConfiguration.nonBlank(person.tenant())
                        .ifPresent(t -> context.getClaims().claim(Claims.TENANT, t));
                if (person.organisation() != null) {
                    context.getClaims()
                            .claim(Claims.ORGANISATION, person.organisation().toString());
                }
            }
        });
    }
}
