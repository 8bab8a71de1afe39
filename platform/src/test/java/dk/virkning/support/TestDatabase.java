package dk.virkning.support;

import dk.virkning.database.DurableEmbeddedPostgres;
import dk.virkning.database.PostgresProvisioner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: a Testcontainers container where a Docker engine is available,
 * otherwise the embedded PostgreSQL binary. Either way the application connects as a provisioned
 * non-superuser role, because superusers bypass row-level security and would hide isolation bugs.
 * (That is why this is not a plain {@code @ServiceConnection}: it would connect as the superuser.)
 */
public final class TestDatabase {

    public static final String ROLE = "virkning_app";
    public static final String PASSWORD = "virkning_app";
    public static final String DATABASE = "virkning_test";

    private static String jdbcUrl;
    private static String[] superuser;

    private TestDatabase() {}

    /**
     * URL, user name and password of the server's superuser, for tests that must see every tenant's
     * rows at once (e.g. proving that a refused request changed nothing anywhere).
     */
    public static synchronized String[] superuser() {
        jdbcUrl();
        return superuser.clone();
    }

    /**
     * A plain connection of the application's role, straight to PostgreSQL (no pool, no pooler), with
     * the session setting of one tenant: what the row-level security policies then let it see.
     */
    public static Connection connectionAs(String tenant) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl(), ROLE, PASSWORD);
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('virkning.tenant', ?, false)")) {
            ps.setString(1, tenant);
            ps.execute();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** The JDBC URL of the application database, starting the server on first use. */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = start();
        }
        return jdbcUrl;
    }

    private static String start() {
        try {
            if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
                superuser = new String[] {
                    container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"),
                    container.getUsername(),
                    container.getPassword()
                };
                PostgresProvisioner.provision(
                        container.getJdbcUrl(),
                        container.getUsername(),
                        container.getPassword(),
                        ROLE,
                        PASSWORD,
                        DATABASE);
                return container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
            }
            // As durable as the product's embedded database: the tests and the benchmark see its cost.
            EmbeddedPostgres postgres =
                    DurableEmbeddedPostgres.durable(EmbeddedPostgres.builder()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception e) {
                    System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
                }
            }));
            PostgresProvisioner.provision(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", ROLE, PASSWORD, DATABASE);
            superuser = new String[] {postgres.getJdbcUrl("postgres", DATABASE), "postgres", ""};
            return postgres.getJdbcUrl(ROLE, DATABASE);
        } catch (Exception e) {
            throw new IllegalStateException("could not start a PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
