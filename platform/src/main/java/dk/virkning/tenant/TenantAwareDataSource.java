package dk.virkning.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections whose session setting {@code virkning.tenant} is the thread's tenant, which
 * the row-level security policies compare with each row's {@code tenant_id}. Set on every checkout
 * from the pool, so a pooled connection never carries a previous request's tenant.
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('virkning.tenant', ?, false)")) {
            ps.setString(1, TenantContext.current());
            ps.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
