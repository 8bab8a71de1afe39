package dk.virkning.shared;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Every answer the container or the security firewall gives itself is a problem detail too. */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    /**
     * Replaces the host's error report valve (Spring Boot adds one with the report hidden; the host
     * would add Tomcat's default) with {@link ProblemErrorReportValve}. Runs last, after Boot's own
     * customizer.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** The firewall's rejections (e.g. {@code ;}, {@code //} or {@code ..} in the path). */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) ->
                problems.write(response, HttpStatus.BAD_REQUEST, "rejected-request", "The request URL is not allowed");
    }
}
