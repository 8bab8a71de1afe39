package dk.virkning.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its data; kept across restarts
 * @param port the port, or 0 for a free one
 */
@ConfigurationProperties("virkning.database.embedded")
public record EmbeddedPostgresProperties(Path dataDirectory, int port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of(".virkning-data", "postgres") : dataDirectory;
    }
}
