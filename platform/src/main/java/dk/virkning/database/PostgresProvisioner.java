package dk.virkning.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the application's login role and database on a PostgreSQL server, as its superuser.
 *
 * <p>The application must never connect as a superuser: superusers bypass row-level security, which
 * is the second line of tenant isolation. The application role owns its tables, and every tenant
 * table forces row-level security on its owner too.
 */
public final class PostgresProvisioner {

    private PostgresProvisioner() {}

    /**
     * Ensures that {@code role} (login, no superuser, no BYPASSRLS) and {@code database} owned by it
     * exist. Safe to call on every start.
     *
     * @param adminJdbcUrl a JDBC URL of the server's maintenance database, with superuser credentials
     */
    public static void provision(
            String adminJdbcUrl, String adminUser, String adminPassword, String role, String password, String database)
            throws SQLException {
        requireIdentifier(role);
        requireIdentifier(database);
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                Statement s = c.createStatement()) {
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD '"
                        + password.replace("'", "''") + "'");
            } else {
                // An existing role may have been altered by hand; RLS only holds for a plain role.
                s.execute("ALTER ROLE " + role + " NOSUPERUSER NOBYPASSRLS NOCREATEROLE");
            }
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                s.execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8'");
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe PostgreSQL identifier: " + name);
        }
    }
}
