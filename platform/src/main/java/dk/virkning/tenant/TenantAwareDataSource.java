package dk.virkning.tenant;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections on which every transaction sets {@code virkning.tenant} to the thread's
 * tenant, which the row-level security policies compare with each row's {@code tenant_id}. The
 * setting is transaction-local ({@link TransactionScopedTenant}), so neither a pooled connection nor
 * a transaction-pooling PgBouncer's server connection carries it into another transaction.
 */
final class TenantAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTenant(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTenant(super.getConnection(username, password));
    }

    /** Closes the pool behind this data source, if it is one. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static Connection withTenant(Connection connection) throws SQLException {
        try {
            return TransactionScopedTenant.wrap(connection, TenantContext.current());
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
