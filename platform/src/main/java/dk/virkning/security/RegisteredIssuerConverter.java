package dk.virkning.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A token of a registered issuer: the person from the mapped subject and name claims, the roles
 * through the registration's mapping, and the municipality or organisation from the registration
 * only. A {@code tenant} or {@code org} claim in such a token means nothing.
 */
final class RegisteredIssuerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final RegisteredIssuer registration;

    RegisteredIssuerConverter(RegisteredIssuer registration) {
        this.registration = registration;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = text(jwt.getClaims(), registration.subjectClaim())
                .orElseThrow(() -> new InvalidBearerTokenException("The token names no subject"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(jwt.getClaims(), registration.rolesClaim())) {
            Role role = registration.roleMapping().get(value);
            if (role != null && allowed(role)) {
                roles.add(role);
            }
        }
        CurrentUser user = new CurrentUser(
                subject,
                Set.copyOf(roles),
                registration.municipality(),
                registration.organisation(),
                Optional.of(registration.issuerUri()),
                text(jwt.getClaims(), registration.nameClaim()));
        return new VirkningAuthentication(jwt, user);
    }

    /** A registered issuer never makes an operator, and only roles that fit its owner. */
    private boolean allowed(Role role) {
        return registration.municipality().isPresent()
                ? role == Role.MUNICIPALITY_ADMIN || role == Role.CASEWORKER
                : role == Role.PROVIDER_STAFF || role == Role.INVESTOR_ANALYST;
    }

    /** The value at a dotted path, e.g. {@code realm_access.roles}; a string splits at whitespace. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = at(claims, path);
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String one) {
            for (String part : one.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static Optional<String> text(Map<String, Object> claims, String path) {
        Object value = at(claims, path);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static Object at(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
