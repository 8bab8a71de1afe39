package dk.virkning.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A token of the platform's own issuer: roles, municipality and organisation from its claims. It
 * does not act for a municipality or organisation that signs its people in through an issuer of
 * its own: once one is registered, only that issuer speaks for them (the operator, who belongs to
 * neither, is unaffected).
 */
final class PlatformTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final IssuerDirectory directory;

    PlatformTokenConverter(IssuerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        CurrentUser user = CurrentUser.fromClaims(jwt);
        boolean foreignTenant =
                user.tenant().filter(directory::municipalityHasOwnIssuer).isPresent();
        boolean foreignOrganisation =
                user.organisation().filter(directory::organisationHasOwnIssuer).isPresent();
        if (foreignTenant || foreignOrganisation) {
            throw new InvalidBearerTokenException("The platform issuer does not act for this principal");
        }
        return new VirkningAuthentication(jwt, user);
    }
}
