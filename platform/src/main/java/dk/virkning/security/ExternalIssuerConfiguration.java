package dk.virkning.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * With the embedded server off, the platform's own issuer is an external one ({@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}); its tokens carry roles, {@code tenant} and
 * {@code org} as claims, like the embedded server's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "virkning.auth.embedded.enabled", havingValue = "false")
class ExternalIssuerConfiguration {

    @Bean
    @ConditionalOnProperty(name = "spring.security.oauth2.resourceserver.jwt.issuer-uri")
    PlatformIssuer externalPlatformIssuer(
            @org.springframework.beans.factory.annotation.Value(
                            "${spring.security.oauth2.resourceserver.jwt.issuer-uri}")
                    String issuer,
            Clock clock) {
        return new PlatformIssuer(issuer, () -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(
                    new DelegatingOAuth2TokenValidator<>(IssuerAuthenticationManagers.validators(issuer, clock)));
            return decoder;
        });
    }
}
