package dk.virkning.security;

import dk.virkning.observability.BusinessMetrics;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is a stateless OAuth2 resource server: every call needs a valid JWT, and each token is
 * validated by its own issuer's rules: the platform's issuer, or the municipality's or
 * organisation's registered one (see {@link IssuerAuthenticationManagers}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ResourceServerConfiguration {

    @Bean
    IssuerAuthenticationManagers issuerAuthenticationManagers(
            ObjectProvider<PlatformIssuer> platform, IssuerDirectory directory, Clock clock) {
        return new IssuerAuthenticationManagers(Optional.ofNullable(platform.getIfAvailable()), directory, clock);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, JsonMapper json, IssuerAuthenticationManagers issuers, BusinessMetrics metrics)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, metrics);
        http.securityMatcher("/api/**", "/actuator/**", "/error")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/info", "/error")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .oauth2ResourceServer(
                        rs -> rs.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
                                .authenticationEntryPoint(problems.entryPoint())
                                .accessDeniedHandler(problems.accessDeniedHandler()));
        return http.build();
    }
}
