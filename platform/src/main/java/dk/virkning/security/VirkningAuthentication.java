package dk.virkning.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated token with the principal it stands for, as its issuer's registration resolves it. */
final class VirkningAuthentication extends JwtAuthenticationToken {

    private final transient CurrentUser user;

    VirkningAuthentication(Jwt jwt, CurrentUser user) {
        super(jwt, authorities(user), user.subject());
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }

    private static Collection<GrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
