package dk.virkning.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated principal of the current request. For a token of a registered issuer the
 * municipality or organisation is the registration's, never a claim of the token.
 *
 * @param subject who: the token's subject (a person or a machine client)
 * @param roles the principal's roles
 * @param tenant the municipality the principal works for, if any
 * @param organisation the organisation the principal works for, if any
 * @param issuer the issuer of the token, if the principal came with one
 * @param name the person's display name, where the token names one
 */
public record CurrentUser(
        String subject,
        Set<Role> roles,
        Optional<String> tenant,
        Optional<UUID> organisation,
        Optional<String> issuer,
        Optional<String> name) {

    /** A principal without a token: system work, such as the periodic settlement or the demo seeder. */
    public CurrentUser(String subject, Set<Role> roles, Optional<String> tenant, Optional<UUID> organisation) {
        this(subject, roles, tenant, organisation, Optional.empty(), Optional.empty());
    }

    /** The principal of the current request. */
    public static CurrentUser get() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated principal"));
    }

    /** The principal of the current request, if one is authenticated. */
    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof VirkningAuthentication virkning) {
            return Optional.of(virkning.user());
        }
        if (auth instanceof JwtAuthenticationToken token) {
            return Optional.of(fromClaims(token.getToken()));
        }
        return Optional.empty();
    }

    /** The principal as a platform token's claims describe it. */
    static CurrentUser fromClaims(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.getClaimAsStringList(Claims.ROLES);
        if (claimed != null) {
            for (String role : claimed) {
                Role.parse(role).ifPresent(roles::add);
            }
        }
        Optional<UUID> organisation =
                Optional.ofNullable(jwt.getClaimAsString(Claims.ORGANISATION)).flatMap(CurrentUser::uuid);
        return new CurrentUser(
                jwt.getSubject(),
                Set.copyOf(roles),
                Optional.ofNullable(jwt.getClaimAsString(Claims.TENANT)),
                organisation,
                Optional.ofNullable(jwt.getClaimAsString(Claims.ISSUER)),
                Optional.ofNullable(jwt.getClaimAsString(Claims.NAME)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the principal works for this municipality as its admin or caseworker. */
    public boolean worksFor(String municipality) {
        return tenant.filter(municipality::equals).isPresent()
                && (has(Role.MUNICIPALITY_ADMIN) || has(Role.CASEWORKER));
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
