package dk.virkning.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Gives import and settlement work its own statement time limit ({@link BulkTimeouts}) in place of
 * the short default of API calls, and a socket timeout just above it, so that PostgreSQL cancels a
 * statement past its limit cleanly (SQLSTATE 57014, the transaction rolls back and nothing is
 * written) before the driver would give up on the connection. The pool restores the connection's
 * socket timeout when it is returned; the statement timeout is transaction-local.
 */
@Component
public class BulkWork {

    /** The socket waits this much longer than the statement limit: the server's cancel comes first. */
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(30);

    private static final Executor DIRECT = Runnable::run;

    private final DataSource dataSource;
    private final BulkTimeouts timeouts;

    BulkWork(DataSource dataSource, BulkTimeouts timeouts) {
        this.dataSource = dataSource;
        this.timeouts = timeouts;
    }

    public BulkTimeouts timeouts() {
        return timeouts;
    }

    /** Within the current transaction: the import's limit on every further statement. */
    public void importTransaction() {
        limitTransaction(timeouts.importStatement());
    }

    /** Within the current transaction: the settlement's limit on every further statement. */
    public void settlementTransaction() {
        limitTransaction(timeouts.settlementStatement());
    }

    private void limitTransaction(Duration limit) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            apply(connection, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the statement timeout", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void apply(Connection connection, Duration limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('statement_timeout', ?, true)")) {
            ps.setString(1, limit.toMillis() + "ms");
            ps.execute();
        }
        long socket = limit.plus(SOCKET_MARGIN).toMillis();
        connection.setNetworkTimeout(DIRECT, (int) Math.min(Integer.MAX_VALUE, socket));
    }
}
