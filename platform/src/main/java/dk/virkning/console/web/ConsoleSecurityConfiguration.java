package dk.virkning.console.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * The console's own filter chain, before the stateless API chain: a session, CSRF protection on
 * every form, a strict Content-Security-Policy, and sign-in through the platform's issuer
 * (authorization code with PKCE). The console keeps its security context and saved request under
 * its own session keys, so that the issuer's login page (same session) and the console never
 * overwrite each other's: a person whose session expired mid-task signs in again and is sent back
 * to the page they asked for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    static final String SIGN_IN = "/console/oauth2/authorization/" + ConsoleClientRegistrations.ID;

    @Bean
    ConsoleClientRegistrations consoleClientRegistrations(ConsoleProperties properties, Loopback loopback) {
        return new ConsoleClientRegistrations(properties, loopback);
    }

    @Bean
    OAuth2AuthorizedClientRepository consoleAuthorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the person's access token, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager consoleAuthorizedClientManager(
            ConsoleClientRegistrations registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(
            HttpSecurity http,
            ConsoleClientRegistrations registrations,
            OAuth2AuthorizedClientRepository authorizedClients)
            throws Exception {
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("VIRKNING_CONSOLE_SAVED_REQUEST");
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("VIRKNING_CONSOLE_SECURITY_CONTEXT");
        SavedRequestAwareAuthenticationSuccessHandler backToThePage =
                new SavedRequestAwareAuthenticationSuccessHandler();
        backToThePage.setRequestCache(requests);
        backToThePage.setDefaultTargetUrl("/console");
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/console/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.securityMatcher("/console/**")
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requests))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/console/assets/**", "/console/signed-out", "/console/sign-in-failed")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .authorizationEndpoint(
                                a -> a.baseUri("/console/oauth2/authorization").authorizationRequestResolver(withPkce))
                        .redirectionEndpoint(r -> r.baseUri("/console/login/oauth2/code/*"))
                        .successHandler(backToThePage)
                        .failureUrl("/console/sign-in-failed"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HtmxSignIn(), new RequestHeaderRequestMatcher(HtmxSignIn.HX_REQUEST)))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
