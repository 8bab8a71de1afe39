package dk.virkning.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.support.PgBouncer;
import dk.virkning.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The tenant setting is scoped to one transaction, proved through a real PgBouncer in transaction
 * mode with a single server session shared by every client connection: whatever one transaction
 * leaves on that session, the next client's transaction sees.
 */
class TransactionScopedTenantIT {

    private final String url = PgBouncer.singleSessionJdbcUrl();
    private final TenantAwareDataSource tenantAware =
            new TenantAwareDataSource(new DriverManagerDataSource(url, TestDatabase.ROLE, TestDatabase.PASSWORD));

    @AfterEach
    void clearTheSharedSession() throws SQLException {
        try (Connection c = plain()) {
            c.createStatement().execute("SELECT set_config('virkning.tenant', '', false)");
        }
    }

    @Test
    void aSessionSettingWouldReachAnotherClientsTransaction() throws SQLException {
        // The hazard this design removes: the old session-level setting leaks through the pooler.
        try (Connection a = plain()) {
            a.createStatement().execute("SELECT set_config('virkning.tenant', 'leaked', false)");
        }
        try (Connection b = plain()) {
            assertThat(setting(b)).isEqualTo("leaked");
        }
    }

    @Test
    void theTenantOfOneCheckoutNeverReachesTheNextClientsTransaction() throws SQLException {
        TenantContext.runAs("hedensted", () -> {
            try (Connection c = tenantAware.getConnection()) {
                assertThat(c.getAutoCommit()).isTrue();
                assertThat(setting(c)).isEqualTo("hedensted");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection other = plain()) {
            assertThat(setting(other)).isEmpty();
        }
    }

    @Test
    void everyTransactionOfAConnectionStartsWithTheTenant() throws SQLException {
        TenantContext.runAs("holbaek", () -> {
            try (Connection c = tenantAware.getConnection()) {
                c.setAutoCommit(false);
                assertThat(setting(c)).isEqualTo("holbaek");
                c.commit();
                // Between the two transactions another client uses the shared server session.
                try (Connection other = plain()) {
                    assertThat(setting(other)).isEmpty();
                }
                assertThat(setting(c)).isEqualTo("holbaek");
                c.rollback();
                c.setAutoCommit(true);
                assertThat(setting(c)).isEqualTo("holbaek");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aFailedAutoCommitStatementLeavesACleanConnectionAndReportsOnce() throws SQLException {
        TenantContext.runAs("norddjurs", () -> {
            try (Connection c = tenantAware.getConnection()) {
                assertThatThrownBy(() -> c.createStatement().execute("SELECT 1/0"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("division by zero");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection other = plain()) {
            assertThat(setting(other)).isEmpty();
        }
    }

    @Test
    void autoCommitWritesAreCommittedWhenTheConnectionIsClosed() throws SQLException {
        String key = "k" + System.nanoTime();
        try (Connection c = plain()) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS tenant_scope_probe (k text)");
        }
        TenantContext.runAs("koebenhavn", () -> {
            try (Connection c = tenantAware.getConnection()) {
                c.createStatement().execute("INSERT INTO tenant_scope_probe VALUES ('" + key + "')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection c = plain();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM tenant_scope_probe WHERE k = '" + key + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private Connection plain() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.ROLE, TestDatabase.PASSWORD);
    }

    private static String setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(current_setting('virkning.tenant', true), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
