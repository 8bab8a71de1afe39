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
 * The authenticated principal of the current request, as its token describes it.
 *
 * @param subject the token's subject
 * @param roles the principal's roles
 * @param tenant the municipality the principal works for, if any
 * @param organisation the organisation the principal works for, if any
 */
public record CurrentUser(String subject, Set<Role> roles, Optional<String> tenant, Optional<UUID> organisation) {

    /** The principal of the current request. */
    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return from(token.getToken());
        }
        throw new IllegalStateException("no authenticated principal");
    }

    static CurrentUser from(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.getClaimAsStringList(Claims.ROLES);
        if (claimed != null) {
            for (String role : claimed) {
                for (Role known : Role.values()) {
                    if (known.name().equals(role)) {
                        roles.add(known);
                    }
                }
            }
        }
        Optional<UUID> organisation =
                Optional.ofNullable(jwt.getClaimAsString(Claims.ORGANISATION)).flatMap(CurrentUser::uuid);
        return new CurrentUser(
                jwt.getSubject(),
                Set.copyOf(roles),
                Optional.ofNullable(jwt.getClaimAsString(Claims.TENANT)),
                organisation);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the principal works for this municipality as its admin or caseworker. */
    public boolean worksFor(String municipality) {
        return tenant.filter(municipality::equals).isPresent()
                && (has(Role.MUNICIPALITY_ADMIN) || has(Role.CASEWORKER));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
