package dk.virkning.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs the Liquibase migrations once, as the schema owner, and grants the data role what the
 * application needs: data access to every application table, no DDL. The Helm chart runs this as a
 * pre-install/pre-upgrade Job; the pods then connect as the data role with Liquibase off.
 *
 * <pre>
 * java -cp @/app/jib-classpath-file dk.virkning.database.Migrations
 * </pre>
 *
 * Reads {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME} and {@code
 * SPRING_DATASOURCE_PASSWORD} (the schema owner) and {@code VIRKNING_DATABASE_DATA_ROLE} (the role
 * the pods log in as) from the environment.
 */
public final class Migrations {

    static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    private Migrations() {}

    public static void main(String[] args) throws Exception {
        String url = required("SPRING_DATASOURCE_URL");
        String owner = required("SPRING_DATASOURCE_USERNAME");
        String password = required("SPRING_DATASOURCE_PASSWORD");
        String dataRole = required("VIRKNING_DATABASE_DATA_ROLE");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, owner, password, true);
        try {
            migrate(dataSource, dataRole);
        } finally {
            dataSource.destroy();
        }
        System.out.println("Migrations applied; data role " + dataRole + " granted data access");
    }

    /**
     * Applies the changelog as the connected (owner) role and grants {@code dataRole} SELECT, INSERT,
     * UPDATE and DELETE on the application's tables and the use of its sequences, nothing on
     * Liquibase's own tables. Refuses a data role that would bypass row-level security.
     */
    public static void migrate(DataSource dataSource, String dataRole) throws LiquibaseException, SQLException {
        requireIdentifier(dataRole);
        try (Connection c = dataSource.getConnection()) {
            requirePlainRole(c, dataRole);
        }
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String schema = currentSchema(c);
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + dataRole);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + dataRole);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + dataRole);
            s.execute("REVOKE ALL ON " + schema + ".databasechangelog, " + schema + ".databasechangeloglock FROM "
                    + dataRole);
            s.execute("REVOKE CREATE ON SCHEMA " + schema + " FROM " + dataRole);
            // Views publish one feature's rows for others to read, never to write through.
            for (String view : views(c, schema)) {
                s.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + schema + "." + view + " FROM " + dataRole);
            }
        }
    }

    private static void requirePlainRole(Connection c, String role) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the data role " + role + " does not exist");
                }
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException(
                            "the data role " + role + " is a superuser or bypasses row-level security");
                }
            }
        }
    }

    private static List<String> views(Connection c, String schema) throws SQLException {
        List<String> views = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT table_name FROM information_schema.views WHERE table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String view = rs.getString(1);
                    requireIdentifier(view);
                    views.add(view);
                }
            }
        }
        return views;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            String schema = rs.getString(1);
            requireIdentifier(schema);
            return schema;
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required");
        }
        return value;
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe PostgreSQL identifier: " + name);
        }
    }
}
