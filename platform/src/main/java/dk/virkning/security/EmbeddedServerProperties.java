package dk.virkning.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded authorization server.
 *
 * @param enabled whether it runs; off where an external issuer is the platform's own
 * @param issuer its issuer URI, the {@code iss} of its tokens and the base of its endpoints; the
 *     address clients and browsers reach the platform at
 * @param keyEncryptionKey the secret its signing keys are encrypted under in the database; when
 *     blank, a local key is generated into {@code .virkning-data/signing-keys.key} (local use only)
 * @param keyRotation how long a signing key signs before a new one takes over
 * @param accessTokenTimeToLive how long an access token is valid
 * @param refreshTokenTimeToLive how long a person's refresh token is valid
 * @param rateLimit the limits on failed client authentications and sign-ins
 */
@ConfigurationProperties("virkning.auth.embedded")
public record EmbeddedServerProperties(
        boolean enabled,
        String issuer,
        String keyEncryptionKey,
        Duration keyRotation,
        Duration accessTokenTimeToLive,
        Duration refreshTokenTimeToLive,
        RateLimit rateLimit) {

    public EmbeddedServerProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8080" : stripSlash(issuer);
        keyRotation = keyRotation == null ? Duration.ofDays(30) : keyRotation;
        accessTokenTimeToLive = accessTokenTimeToLive == null ? Duration.ofHours(1) : accessTokenTimeToLive;
        refreshTokenTimeToLive = refreshTokenTimeToLive == null ? Duration.ofHours(8) : refreshTokenTimeToLive;
        rateLimit = rateLimit == null ? new RateLimit(0, 0, null) : rateLimit;
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /**
     * Failed attempts allowed in a window before the server answers 429.
     *
     * @param perAccount failures per client id or user name
     * @param perAddress failures per remote address
     * @param window the window in which they refill
     */
    public record RateLimit(int perAccount, int perAddress, Duration window) {

        public RateLimit {
            perAccount = perAccount <= 0 ? 10 : perAccount;
            perAddress = perAddress <= 0 ? 50 : perAddress;
            window = window == null ? Duration.ofMinutes(5) : window;
        }
    }
}
