package dk.virkning.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statement time limits of the bulk work, which runs far longer than an API call's default
 * ({@code statement_timeout} of the connection, see {@code spring.datasource.hikari}).
 *
 * @param importStatement the longest one statement of a register import may run (national scale:
 *     15.6 million person-weeks take about two minutes in all); 30 minutes by default
 * @param settlementStatement the longest one statement of a settlement, forecast or verification
 *     may run (national scale: seconds); 5 minutes by default
 */
@ConfigurationProperties("virkning.database.timeouts")
public record BulkTimeouts(Duration importStatement, Duration settlementStatement) {

    public BulkTimeouts {
        importStatement = importStatement == null ? Duration.ofMinutes(30) : importStatement;
        settlementStatement = settlementStatement == null ? Duration.ofMinutes(5) : settlementStatement;
    }
}
