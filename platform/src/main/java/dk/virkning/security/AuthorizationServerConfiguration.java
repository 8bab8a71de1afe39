package dk.virkning.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded authorization server: issues signed JWTs to configured clients. On by default so that
 * the product runs alone; switched off ({@code virkning.auth.embedded.enabled=false}) where the
 * municipality's own identity provider issues tokens and {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri} points at it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "virkning.auth.embedded.enabled", havingValue = "true", matchIfMissing = true)
class AuthorizationServerConfiguration {

    static final String ROLES_SETTING = "virkning.roles";
    static final String TENANT_SETTING = "virkning.tenant";
    static final String ORGANISATION_SETTING = "virkning.organisation";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, as -> {})
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(ClientProperties properties, ObjectProvider<ClientSource> sources) {
        List<ClientProperties.Client> clients = new ArrayList<>(properties.clients());
        sources.orderedStream().forEach(source -> clients.addAll(source.clients()));
        List<RegisteredClient> registered =
                clients.stream().map(AuthorizationServerConfiguration::register).toList();
        return new ConfiguredClientRepository(registered);
    }

    private static RegisteredClient register(ClientProperties.Client client) {
        return RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(client.id().getBytes()).toString())
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofHours(1))
                        .build())
                .clientSettings(
                        org.springframework.security.oauth2.server.authorization.settings.ClientSettings.builder()
                                .setting(
                                        ROLES_SETTING,
                                        client.roles().stream().map(Role::name).toList())
                                .setting(TENANT_SETTING, client.tenant() == null ? "" : client.tenant())
                                .setting(
                                        ORGANISATION_SETTING,
                                        client.organisation() == null
                                                ? ""
                                                : client.organisation().toString())
                                .build())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> virkningClaims() {
        return context -> {
            var settings = context.getRegisteredClient().getClientSettings();
            List<String> roles = settings.getSetting(ROLES_SETTING);
            String tenant = settings.getSetting(TENANT_SETTING);
            String organisation = settings.getSetting(ORGANISATION_SETTING);
            context.getClaims().claim(Claims.ROLES, roles == null ? List.of() : roles);
            if (tenant != null && !tenant.isEmpty()) {
                context.getClaims().claim(Claims.TENANT, tenant);
            }
            if (organisation != null && !organisation.isEmpty()) {
                context.getClaims().claim(Claims.ORGANISATION, organisation);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The resource server validates tokens against the same keys, in process. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return NimbusJwtDecoder.withJwkSource(jwkSource).build();
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
