package dk.virkning.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Start-up waits for the database instead of dying: before anything (Liquibase first) uses the data
 * source, one connection is tried with a bounded, logged retry ({@code
 * virkning.database.startup-wait}, 5 minutes by default). A database that stays away for longer
 * stops the start with the last error.
 */
@Component
class DatabaseStartupWait implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupWait.class);
    static final String PROPERTY = "virkning.database.startup-wait";

    private Duration limit = Duration.ofMinutes(5);

    @Override
    public void setEnvironment(Environment environment) {
        limit = environment.getProperty(PROPERTY, Duration.class, limit);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            new DatabaseRetry(limit).run("Connecting to the database", () -> {
                try (Connection connection = dataSource.getConnection()) {
                    log.debug(
                            "The database answers: {}", connection.getMetaData().getDatabaseProductVersion());
                } catch (SQLException e) {
                    throw new IllegalStateException("could not connect to the database", e);
                }
            });
        }
        return bean;
    }
}
