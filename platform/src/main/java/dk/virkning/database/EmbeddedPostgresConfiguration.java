package dk.virkning.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from a Maven artifact when no database is configured, so that one command
 * runs the whole product on a fresh machine. The data directory persists across restarts, the server
 * runs durable (fsync, full-page writes, synchronous commit), and a server left running by a crashed
 * JVM on the same directory is shut down before the start, so the first start after a crash works.
 * The container image leaves the embedded PostgreSQL out (it always has a database URL), hence the
 * class condition.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String APP_ROLE = "virkning";
    static final String APP_DATABASE = "virkning";

    /** Created before the server starts: it must know whether the directory held data already. */
    @Bean
    LocalPseudonymKey localPseudonymKey(EmbeddedPostgresProperties properties) {
        return new LocalPseudonymKey(properties.dataDirectory(), LocalPseudonymKey.OLD_PLACE);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties, LocalPseudonymKey key)
            throws IOException, SQLException {
        Files.createDirectories(properties.dataDirectory());
        OrphanedPostmaster.stopIfAny(properties.dataDirectory());
        EmbeddedPostgres postgres = DurableEmbeddedPostgres.builder(properties.dataDirectory(), properties.port())
                .start();
        log.info(
                "Embedded PostgreSQL on port {} with data in {} (pseudonym key, when no secret is set: {})",
                postgres.getPort(),
                properties.dataDirectory().toAbsolutePath(),
                key.file());
        PostgresProvisioner.provision(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", APP_ROLE, APP_ROLE, APP_DATABASE);
        return postgres;
    }

    /** The pool, with the same {@code spring.datasource.hikari.*} settings as an external database's. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, APP_DATABASE));
        ds.setUsername(APP_ROLE);
        ds.setPassword(APP_ROLE);
        ds.setMaximumPoolSize(10);
        ds.setPoolName("virkning-embedded");
        return ds;
    }
}
