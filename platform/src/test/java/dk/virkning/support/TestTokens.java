package dk.virkning.support;

import dk.virkning.security.Claims;
import dk.virkning.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Real RS256 tokens of the platform's issuer, signed with the embedded authorization server's key, for principals that tests
 * create on the fly (organisations get random ids). The resource server validates them like any
 * other token; {@code MissionPathIT} gets its tokens from the token endpoint instead.
 */
public final class TestTokens {

    private final JwtEncoder encoder;
    private final String issuer;

    public TestTokens(JwtEncoder encoder, String issuer) {
        this.encoder = encoder;
        this.issuer = issuer;
    }

    public String operator() {
        return token("operator", List.of(Role.PLATFORM_OPERATOR), null, null);
    }

    public String admin(String municipality) {
        return token(municipality + "-admin", List.of(Role.MUNICIPALITY_ADMIN), municipality, null);
    }

    public String caseworker(String municipality) {
        return token(municipality + "-caseworker", List.of(Role.CASEWORKER), municipality, null);
    }

    public String providerStaff(UUID organisation) {
        return token("staff-" + organisation, List.of(Role.PROVIDER_STAFF), null, organisation);
    }

    public String investorAnalyst(UUID organisation) {
        return token("analyst-" + organisation, List.of(Role.INVESTOR_ANALYST), null, organisation);
    }

    public String token(String subject, List<Role> roles, String tenant, UUID organisation) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim(Claims.ROLES, roles.stream().map(Role::name).toList());
        if (tenant != null) {
            claims.claim(Claims.TENANT, tenant);
        }
        if (organisation != null) {
            claims.claim(Claims.ORGANISATION, organisation.toString());
        }
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }
}
