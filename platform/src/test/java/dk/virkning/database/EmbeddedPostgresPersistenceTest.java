package dk.virkning.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a real PostgreSQL whose data survive a restart, used through a plain role. */
class EmbeddedPostgresPersistenceTest {

    private static final String ROLE = "virkning_persist";
    private static final String PASSWORD = "it's secret";
    private static final String DATABASE = "virkning_persist_db";

    @TempDir
    Path dataDirectory;

    @Test
    void aRowWrittenByTheAppRoleSurvivesARestartAndProvisioningAgainIsHarmless() throws Exception {
        try (EmbeddedPostgres postgres = start()) {
            provision(postgres);
            try (Connection c = appConnection(postgres);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE survivor (id integer PRIMARY KEY, name text NOT NULL)");
                s.execute("INSERT INTO survivor VALUES (1, 'Ærø')");
            }
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).isRegularFile();

        try (EmbeddedPostgres postgres = start()) {
            provision(postgres);
            provision(postgres);
            try (Connection c = appConnection(postgres);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, name FROM survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("Ærø");
                assertThat(rs.next()).isFalse();
            }
            try (Connection c = adminConnection(postgres)) {
                assertThat(count(c, "SELECT count(*) FROM pg_roles WHERE rolname = ?", ROLE))
                        .isEqualTo(1);
                assertThat(count(c, "SELECT count(*) FROM pg_database WHERE datname = ?", DATABASE))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void theProvisionedRoleCanLogInButIsNoSuperuserAndCannotBypassRowLevelSecurity() throws Exception {
        try (EmbeddedPostgres postgres = start()) {
            provision(postgres);
            try (Connection c = adminConnection(postgres);
                    PreparedStatement ps =
                            c.prepareStatement("SELECT rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb"
                                    + " FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, ROLE);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean("rolsuper")).isFalse();
                    assertThat(rs.getBoolean("rolbypassrls")).isFalse();
                    assertThat(rs.getBoolean("rolcanlogin")).isTrue();
                    assertThat(rs.getBoolean("rolcreaterole")).isFalse();
                    assertThat(rs.getBoolean("rolcreatedb")).isFalse();
                }
            }
            try (Connection c = appConnection(postgres);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_user, pg_get_userbyid(d.datdba)"
                            + " FROM pg_database d WHERE d.datname = current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(ROLE);
                assertThat(rs.getString(2)).as("owner of the database").isEqualTo(ROLE);
            }
        }
    }

    @Test
    void theAppRoleCannotDoWhatOnlyASuperuserMay() throws Exception {
        try (EmbeddedPostgres postgres = start()) {
            provision(postgres);
            try (Connection c = appConnection(postgres);
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("CREATE ROLE intruder SUPERUSER"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("ALTER ROLE " + ROLE + " BYPASSRLS"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void anUnsafeRoleOrDatabaseNameIsRefusedBeforeAnyConnection() {
        // The admin URL points nowhere: the check must come first.
        String nowhere = "jdbc:postgresql://127.0.0.1:1/postgres";

        assertThatThrownBy(() -> PostgresProvisioner.provision(nowhere, "postgres", "", "app; DROP ROLE x", "p", "db"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresProvisioner.provision(nowhere, "postgres", "", "app", "p", "Db-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresProvisioner.provision(nowhere, "postgres", "", "app'", "p", "db"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EmbeddedPostgres start() throws Exception {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    private static void provision(EmbeddedPostgres postgres) throws SQLException {
        PostgresProvisioner.provision(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", ROLE, PASSWORD, DATABASE);
    }

    private static Connection appConnection(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(ROLE, DATABASE), ROLE, PASSWORD);
    }

    private static Connection adminConnection(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    private static int count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
