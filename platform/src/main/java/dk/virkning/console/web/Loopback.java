package dk.virkning.console.web;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the console reaches the platform's own API: the configured base URI, or the server's own
 * port on the loopback address (known only once the server has started, so read at each call).
 */
@Component
class Loopback {

    private final ConsoleProperties properties;
    private final Environment environment;

    Loopback(ConsoleProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    String baseUri() {
        if (properties.apiBaseUri() != null) {
            return properties.apiBaseUri();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port;
    }
}
