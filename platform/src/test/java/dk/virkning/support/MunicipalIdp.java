package dk.virkning.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real second OpenID Connect provider for the tests, as a municipality's identity provider:
 * NAV's mock-oauth2-server on a local port, with discovery, JWKS and signed tokens. Each issuer id
 * is its own issuer ({@code http://localhost:port/<id>}). Its signing key can be rotated, after
 * which its JWKS lists only the new key.
 */
public final class MunicipalIdp {

    /** The audience Virkning is registered under at the provider. */
    public static final String AUDIENCE = "virkning";

    private static MunicipalIdp instance;

    private final RotatingKeys keys = new RotatingKeys();
    private final MockOAuth2Server server;

    private MunicipalIdp() {
        server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    }

    /** The one provider of the test JVM, started on first use. */
    public static synchronized MunicipalIdp get() {
        if (instance == null) {
            instance = new MunicipalIdp();
        }
        return instance;
    }

    public String issuer(String issuerId) {
        return stripSlash(server.issuerUrl(issuerId).toString());
    }

    /** A token of the issuer for Virkning, valid for ten minutes. */
    public String token(String issuerId, String subject, Map<String, Object> claims) {
        return token(issuerId, subject, List.of(AUDIENCE), claims, 600);
    }

    public String token(
            String issuerId, String subject, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        return server.issueToken(
                        issuerId,
                        "virkning-client",
                        new DefaultOAuth2TokenCallback(
                                issuerId, subject, JOSEObjectType.JWT.getType(), audience, claims, expirySeconds))
                .serialize();
    }

    /** A new signing key; the JWKS lists only it from now on. */
    public void rotateKey() {
        keys.rotate();
    }

    /** A key the provider never published, with the kid pattern of real ones. */
    public static RSAKey unpublishedKey() {
        return RotatingKeys.newKey();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The provider's signing key, for all its issuers, replaced on rotation. */
    private static final class RotatingKeys extends KeyProvider {

        private volatile RSAKey current = newKey();

        RotatingKeys() {
            super(List.of(), "RS256");
        }

        @Override
        public JWK signingKey(String issuerId) {
            return current;
        }

        void rotate() {
            current = newKey();
        }

        static RSAKey newKey() {
            try {
                return new RSAKeyGenerator(2048)
                        .keyID(UUID.randomUUID().toString())
                        .keyUse(KeyUse.SIGNATURE)
                        .generate();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
