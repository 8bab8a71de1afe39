package dk.virkning.plugin;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugin artifacts are loaded from, and how long a formula may run.
 *
 * @param directory the directory of plugin artifacts (the build puts the first-party plugins in
 *     {@code target/plugins})
 * @param formulaTimeout the longest one evaluation of a payment formula may take
 */
@ConfigurationProperties("virkning.plugins")
public record PluginProperties(Path directory, Duration formulaTimeout) {

    public PluginProperties {
        directory = directory == null ? Path.of("target", "plugins") : directory;
        formulaTimeout = formulaTimeout == null ? Duration.ofSeconds(60) : formulaTimeout;
    }
}
