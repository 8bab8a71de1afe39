package dk.virkning.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Picks the authentication manager for a token's issuer: the platform's own, a registered
 * municipality's or organisation's, or none (an unknown issuer: 401, without naming any). A
 * registered issuer's decoder is made once per registration and keeps its JWKS cached; a token
 * signed with a key the cache does not hold makes it fetch the JWKS again, so a key rotation at the
 * provider is picked up without a restart.
 */
final class IssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

    /** How far the clocks of the platform and an identity provider may disagree. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Optional<PlatformIssuer> platform;
    private final IssuerDirectory directory;
    private final Clock clock;
    private final Map<String, Registered> registered = new ConcurrentHashMap<>();
    private volatile AuthenticationManager platformManager;

    IssuerAuthenticationManagers(Optional<PlatformIssuer> platform, IssuerDirectory directory, Clock clock) {
        this.platform = platform;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        if (platform.isPresent() && platform.get().issuer().equals(issuer)) {
            return platformManager();
        }
        Optional<RegisteredIssuer> registration = directory.find(issuer);
        if (registration.isEmpty()) {
            registered.remove(issuer);
            return null;
        }
        return registered
                .compute(
                        issuer,
                        (key, existing) ->
                                existing != null && existing.registration().equals(registration.get())
                                        ? existing
                                        : new Registered(registration.get(), manager(registration.get())))
                .manager();
    }

    private AuthenticationManager platformManager() {
        AuthenticationManager manager = platformManager;
        if (manager == null) {
            PlatformIssuer issuer = platform.orElseThrow();
            JwtDecoder decoder = issuer.decoder().get();
            manager = provider(decoder, new PlatformTokenConverter(directory));
            platformManager = manager;
        }
        return manager;
    }

    private AuthenticationManager manager(RegisteredIssuer registration) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(registration.jwksUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(validators(registration.issuerUri(), clock));
        validators.add(new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(registration.audience())));
        if (!registration.clientIds().isEmpty()) {
            validators.add(jwt -> {
                String client =
                        Optional.ofNullable(jwt.getClaimAsString("azp")).orElse(jwt.getClaimAsString("client_id"));
                return client != null && registration.clientIds().contains(client)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "The token names no accepted client", null));
            });
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return provider(decoder, new RegisteredIssuerConverter(registration));
    }

    /** Signature aside, what every token must satisfy: its issuer, a lifetime, and being within it. */
    static List<OAuth2TokenValidator<Jwt>> validators(String issuer, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        return List.of(
                timestamps,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    }

    private static AuthenticationManager provider(
            JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    private record Registered(RegisteredIssuer registration, AuthenticationManager manager) {}
}
