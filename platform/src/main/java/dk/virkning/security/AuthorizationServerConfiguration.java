package dk.virkning.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded authorization server (Spring Authorization Server): the platform's own issuer. Machine
 * clients get tokens by client credentials; people sign in on its login page through a web client
 * (authorization code with PKCE, refresh tokens, OpenID Connect discovery and userinfo). Its signing
 * keys and authorizations are kept in PostgreSQL, so tokens survive restarts and every replica
 * accepts every other's. Failed client authentications and sign-ins are rate-limited. Switched off
 * ({@code virkning.auth.embedded.enabled=false}) where an external issuer is the platform's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "virkning.auth.embedded.enabled", havingValue = "true", matchIfMissing = true)
class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http, JwtDecoder platformDecoder) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                // A browser that is not signed in goes to the login page; userinfo takes a bearer token.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInRateLimitFilter.LOGIN),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(platformDecoder)));
        return http.build();
    }

    /**
     * The login page ({@link LoginPage}, Danish or English) over Spring Security's form login, under
     * a strict Content-Security-Policy; failed logins count against the rate limit.
     */
    private static final String LOGIN_CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(3)
    SecurityFilterChain loginSecurity(HttpSecurity http, SignInRateLimiter limiter) throws Exception {
        SimpleUrlAuthenticationFailureHandler toForm =
                new SimpleUrlAuthenticationFailureHandler(SignInRateLimitFilter.LOGIN + "?error");
        http.securityMatcher(SignInRateLimitFilter.LOGIN, "/logout", "/default-ui.css")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(SignInRateLimitFilter.LOGIN)
                        .permitAll()
                        .failureHandler((request, response, e) -> {
                            limiter.failed(request.getParameter("username"), request.getRemoteAddr());
                            toForm.onAuthenticationFailure(request, response, e);
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(LOGIN_CSP))
                        .frameOptions(frame -> frame.deny()))
                .logout(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    SignInRateLimiter signInRateLimiter(DataSource dataSource, EmbeddedServerProperties properties) {
        return new SignInRateLimiter(dataSource, properties.rateLimit());
    }

    /** Runs before Spring Security, so that a refused attempt never reaches the authentication. */
    @Bean
    FilterRegistrationBean<SignInRateLimitFilter> signInRateLimitFilter(SignInRateLimiter limiter, JsonMapper json) {
        FilterRegistrationBean<SignInRateLimitFilter> registration =
                new FilterRegistrationBean<>(new SignInRateLimitFilter(limiter, json));
        registration.addUrlPatterns(
                "/oauth2/token", "/oauth2/introspect", "/oauth2/revoke", SignInRateLimitFilter.LOGIN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    PersistentSigningKeys tokenSigningKeys(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EmbeddedServerProperties properties,
            Clock clock) {
        return new PersistentSigningKeys(
                jdbc,
                new TransactionTemplate(transactions),
                KeyEncryptionKey.from(properties.keyEncryptionKey()),
                clock,
                properties.keyRotation(),
                properties.accessTokenTimeToLive());
    }

    /** The resource server validates the platform's tokens against the same keys, in process. */
    @Bean
    JwtDecoder jwtDecoder(PersistentSigningKeys keys, EmbeddedServerProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                IssuerAuthenticationManagers.validators(properties.issuer(), clock)));
        return decoder;
    }

    @Bean
    PlatformIssuer platformIssuer(EmbeddedServerProperties properties, JwtDecoder jwtDecoder) {
        return new PlatformIssuer(properties.issuer(), () -> jwtDecoder);
    }

    @Bean
    JwtEncoder jwtEncoder(PersistentSigningKeys keys) {
        return new NimbusJwtEncoder(keys.signing());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(EmbeddedServerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    EmbeddedDirectory embeddedDirectory(ClientProperties properties, ObjectProvider<ClientSource> sources) {
        List<ClientProperties.Client> clients = new ArrayList<>(properties.clients());
        List<ClientProperties.Person> people = new ArrayList<>(properties.people());
        sources.orderedStream().forEach(source -> {
            clients.addAll(source.clients());
            people.addAll(source.people());
        });
        return new EmbeddedDirectory(clients, people);
    }

    @Bean
    RegisteredClientRepository registeredClients(EmbeddedDirectory directory, EmbeddedServerProperties properties) {
        return new ConfiguredClientRepository(directory.clients().stream()
                .map(client -> RegisteredClients.of(client, properties))
                .toList());
    }

    /** Codes, tokens and their state in PostgreSQL: a sign-in may continue on another replica. */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    UserDetailsService people(EmbeddedDirectory directory) {
        return new InMemoryUserDetailsManager(directory.people().stream()
                .map(p -> User.withUsername(p.username())
                        .password(p.password())
                        .authorities(p.roles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> virkningClaims(EmbeddedDirectory directory) {
        return new VirkningClaims(directory);
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
