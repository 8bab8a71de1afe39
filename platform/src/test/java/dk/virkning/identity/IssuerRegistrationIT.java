package dk.virkning.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.MunicipalIdp;
import dk.virkning.support.PlatformIT;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's issuer registry: validated on save (discovery and JWKS fetched, mapping checked),
 * one owner per issuer, operator only, and a refused registration saves nothing.
 */
class IssuerRegistrationIT extends PlatformIT {

    private static final String PATH = "/api/v1/identity-issuers";

    private final MunicipalIdp idp = MunicipalIdp.get();
    private String municipality;

    @BeforeEach
    void municipality() throws Exception {
        municipality = scenario.municipality();
    }

    private static String body(String issuer, String municipality, String mapping) {
        return """
                {"issuerUri":"%s","municipalityId":"%s","audience":"virkning","rolesClaim":"groups",
                 "roleMapping":%s}
                """
                .formatted(issuer, municipality, mapping);
    }

    private HttpResponse<String> register(String body) throws Exception {
        return send("POST", PATH, tokens.operator(), "application/json", body);
    }

    @Test
    void aReachableIssuerIsRegisteredWithItsJwksAndListed() throws Exception {
        String issuer = idp.issuer("reg-" + municipality);
        HttpResponse<String> created = register(body(issuer, municipality, "{\"sb\":\"CASEWORKER\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"jwksUri\":\"" + issuer + "/jwks\"", "\"subjectClaim\":\"sub\"");
        assertThat(send("GET", PATH, tokens.operator(), null, null).body()).contains(issuer);
    }

    @Test
    void anIssuerWhoseDiscoveryCannotBeFetchedIsRefusedAndNothingSaved() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String issuer = "http://localhost:" + closed + "/realms/" + municipality;
        HttpResponse<String> refused = register(body(issuer, municipality, "{\"sb\":\"CASEWORKER\"}"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("issuer-unreachable").doesNotContain("Exception", "Connection");
        assertThat(send("GET", PATH, tokens.operator(), null, null).body()).doesNotContain(issuer);
    }

    @Test
    void aMalformedMappingIsRefusedAndNothingSaved() throws Exception {
        String issuer = idp.issuer("bad-" + municipality);
        for (String mapping : new String[] {
            "{\"sb\":\"PLATFORM_OPERATOR\"}", "{\"sb\":\"NO_SUCH_ROLE\"}", "{\"sb\":\"INVESTOR_ANALYST\"}", "{}"
        }) {
            HttpResponse<String> refused = register(body(issuer, municipality, mapping));
            assertThat(refused.statusCode()).as(mapping).isEqualTo(422);
            assertThat(refused.body()).contains("roleMapping");
        }
        HttpResponse<String> badClaim =
                register(body(issuer, municipality, "{\"sb\":\"CASEWORKER\"}").replace("\"groups\"", "\"a..b\""));
        assertThat(badClaim.statusCode()).isEqualTo(422);
        HttpResponse<String> noOwner = register(body(issuer, "no-such-municipality", "{\"sb\":\"CASEWORKER\"}"));
        assertThat(noOwner.statusCode()).isEqualTo(422);
        assertThat(send("GET", PATH, tokens.operator(), null, null).body()).doesNotContain(issuer);
    }

    @Test
    void oneIssuerCannotServeTwoMunicipalities() throws Exception {
        String issuer = idp.issuer("dup-" + municipality);
        assertThat(register(body(issuer, municipality, "{\"sb\":\"CASEWORKER\"}"))
                        .statusCode())
                .isEqualTo(201);
        String other = scenario.municipality();
        HttpResponse<String> duplicate = register(body(issuer, other, "{\"sb\":\"CASEWORKER\"}"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(send("GET", PATH, tokens.operator(), null, null).body()).doesNotContain(other);
    }

    @Test
    void onlyTheOperatorRegistersAndRemovalIsOnRecord() throws Exception {
        String issuer = idp.issuer("op-" + municipality);
        String body = body(issuer, municipality, "{\"sb\":\"CASEWORKER\"}");
        assertThat(send("POST", PATH, tokens.admin(municipality), "application/json", body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", PATH, tokens.admin(municipality), null, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = register(body);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        // (the municipality's platform tokens are refused from now on; another's admin tries)
        assertThat(send("DELETE", PATH + "/" + id, tokens.admin(scenario.municipality()), null, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", PATH + "/" + id, tokens.operator(), null, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("GET", PATH + "/" + id, tokens.operator(), null, null).statusCode())
                .isEqualTo(404);
    }
}
