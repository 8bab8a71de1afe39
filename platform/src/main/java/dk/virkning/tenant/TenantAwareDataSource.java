package dk.virkning.tenant;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections whose every transaction carries the thread's tenant as the transaction-local
 * setting {@code virkning.tenant}, which the row-level security policies compare with each row's
 * {@code tenant_id} ({@link TenantScopedConnection}). Nothing tenant-related outlives a transaction,
 * so neither the application's pool nor a transaction-pooling PgBouncer can hand one tenant's setting
 * to another.
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

    private static Connection withTenant(Connection connection) {
        return TenantScopedConnection.wrap(connection);
    }
}
