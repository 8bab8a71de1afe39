package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.support.MunicipalIdp;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A municipality connects its own identity provider: a real OpenID Connect server (NAV's
 * mock-oauth2-server) registered as the home municipality's issuer. Its tokens act only in that
 * municipality, with the roles its mapping gives, and are validated by its own keys, audience and
 * lifetime; the platform's issuer no longer speaks for that municipality.
 */
class MunicipalIdentityProviderIT extends PlatformIT {

    private final MunicipalIdp idp = MunicipalIdp.get();

    private String home;
    private String foreign;
    private String issuerId;
    private Program program;
    private Participant participant;

    @BeforeEach
    void world() throws Exception {
        home = scenario.municipality();
        foreign = scenario.municipality();
        Organisation provider = scenario.organisation(OrganisationType.PROVIDER);
        program = scenario.nk1Program(home, provider, List.of(), 10);
        participant = scenario.enroll(home, program, "010190-1234", "2024-W01");
        issuerId = "idp-" + home;
        HttpResponse<String> registered = register(home, idp.issuer(issuerId));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private HttpResponse<String> register(String municipality, String issuer) throws Exception {
        return send(
                "POST",
                "/api/v1/identity-issuers",
                tokens.operator(),
                "application/json",
                """
                {"issuerUri":"%s","municipalityId":"%s","audience":"%s","rolesClaim":"realm_access.roles",
                 "roleMapping":{"sagsbehandler":"CASEWORKER","kommune-admin":"MUNICIPALITY_ADMIN"}}
                """
                        .formatted(issuer, municipality, MunicipalIdp.AUDIENCE));
    }

    private String caseworker(Map<String, Object> extra) {
        Map<String, Object> claims = new java.util.HashMap<>(extra);
        claims.put("realm_access", Map.of("roles", List.of("sagsbehandler")));
        claims.put("name", "Karen Sagsbehandler");
        return idp.token(issuerId, "karen", claims);
    }

    private String programs(String municipality) {
        return "/api/v1/municipalities/" + municipality + "/programs";
    }

    @Test
    void itsTokenWorksInItsMunicipalityWithTheMappedRoles() throws Exception {
        String caseworker = caseworker(Map.of());
        assertThat(send("GET", programs(home), caseworker, null, null).statusCode())
                .isEqualTo(200);
        String participantPath = programs(home) + "/" + program.getId() + "/participants/" + participant.getId();
        assertThat(send("GET", participantPath, caseworker, null, null).statusCode())
                .isEqualTo(200);
        // A caseworker may not export the access log (the mapping gave no admin role): refused, and
        // the admin of theAccessLogNamesThePersonAndTheirIssuer may.
        String export = "/api/v1/municipalities/" + home + "/access-log-exports";
        assertThat(send("POST", export, caseworker, "application/json", "{\"cpr\":\"010190-1234\"}")
                        .statusCode())
                .isIn(403, 404);
        // Unmapped values (and a roles claim of the platform's own) grant nothing: without a staff
        // role the municipality answers as if it did not exist.
        String unmapped = idp.token(
                issuerId,
                "nobody",
                Map.of("realm_access", Map.of("roles", List.of("x")), "roles", List.of("CASEWORKER")));
        assertThat(send("GET", programs(home), unmapped, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSameTokenIsRefusedInAnotherMunicipalityEvenWhenItClaimsThatTenant() throws Exception {
        String claimsForeign = caseworker(Map.of("tenant", foreign));
        assertThat(send("GET", programs(foreign), claimsForeign, null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/municipalities/" + foreign, claimsForeign, null, null)
                        .statusCode())
                .isEqualTo(404);
        // Nor does it make an operator: registered issuers never map to PLATFORM_OPERATOR.
        assertThat(send("GET", "/api/v1/municipalities", claimsForeign, null, null)
                        .statusCode())
                .isEqualTo(403);
        // And it still works at home: the tenant is the registration's, not the claim's.
        assertThat(send("GET", programs(home), claimsForeign, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongAudienceAnExpiredTokenAndAnUnpublishedKeyAreRefused() throws Exception {
        Map<String, Object> roles = Map.of("realm_access", Map.of("roles", List.of("sagsbehandler")));
        String wrongAudience = idp.token(issuerId, "karen", List.of("another-service"), roles, 600);
        String expired = idp.token(issuerId, "karen", List.of(MunicipalIdp.AUDIENCE), roles, -120);
        String unpublished = signed(MunicipalIdp.unpublishedKey(), idp.issuer(issuerId));
        for (String token : List.of(wrongAudience, expired, unpublished)) {
            HttpResponse<String> response = send("GET", programs(home), token, null, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void anUnregisteredIssuerIsUnauthorizedWithoutAHintWhichIssuersExist() throws Exception {
        String unknown = idp.token("not-registered-" + home, "karen", Map.of("tenant", home));
        HttpResponse<String> response = send("GET", programs(home), unknown, null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain(issuerId, "localhost", "issuer");
    }

    @Test
    void aKeyRotationAtTheProviderIsPickedUpWithoutARestart() throws Exception {
        String before = caseworker(Map.of());
        assertThat(send("GET", programs(home), before, null, null).statusCode()).isEqualTo(200);
        idp.rotateKey();
        String after = caseworker(Map.of());
        assertThat(send("GET", programs(home), after, null, null).statusCode()).isEqualTo(200);
        // The provider no longer publishes the old key, and the platform has read its new JWKS.
        assertThat(send("GET", programs(home), before, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void thePlatformIssuerNoLongerActsForTheMunicipalityButStillForTheOperator() throws Exception {
        assertThat(send("GET", programs(home), tokens.caseworker(home), null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/municipalities/" + home, tokens.operator(), null, null)
                        .statusCode())
                .isEqualTo(200);
        // A municipality without an issuer of its own still takes the platform's tokens.
        assertThat(send("GET", programs(foreign), tokens.caseworker(foreign), null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAccessLogNamesThePersonAndTheirIssuer() throws Exception {
        String participantPath = programs(home) + "/" + program.getId() + "/participants/" + participant.getId();
        assertThat(send("GET", participantPath, caseworker(Map.of()), null, null)
                        .statusCode())
                .isEqualTo(200);
        String admin = idp.token(
                issuerId,
                "anders",
                Map.of("realm_access", Map.of("roles", List.of("kommune-admin")), "name", "Anders Admin"));
        HttpResponse<String> log = send(
                "POST",
                "/api/v1/municipalities/" + home + "/access-log-exports",
                admin,
                "application/json",
                "{\"cpr\":\"010190-1234\"}");
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(log.body())
                .contains("\"actor\":\"karen\"")
                .contains("\"actorName\":\"Karen Sagsbehandler\"")
                .contains("\"actorIssuer\":\"" + idp.issuer(issuerId) + "\"");
    }

    private static String signed(RSAKey key, String issuer) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("karen")
                        .audience(MunicipalIdp.AUDIENCE)
                        .claim("realm_access", Map.of("roles", List.of("sagsbehandler")))
                        .issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
