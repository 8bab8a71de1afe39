package dk.virkning.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (actuator health, info and prometheus) answers without a token: it is for
 * the cluster's probes and Prometheus, and the Helm chart never publishes it through its Service
 * (and its NetworkPolicy admits only the monitoring namespace to it). On the API port every actuator
 * path but health and info stays denied ({@link ResourceServerConfiguration}).
 *
 * <p>The port is known only once the management server has started (tests start it on a random
 * port), so requests are matched by the port they arrived on, against the port the management
 * context reported.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private final AtomicInteger managementPort = new AtomicInteger(-1);

    @Bean
    ApplicationListener<WebServerInitializedEvent> managementPortListener() {
        return event -> {
            WebServerApplicationContext context = event.getApplicationContext();
            if (MANAGEMENT_NAMESPACE.equals(context.getServerNamespace())) {
                managementPort.set(event.getWebServer().getPort());
            }
        };
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> request.getLocalPort() == managementPort.get())
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
