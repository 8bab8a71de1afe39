package dk.virkning.api.fuzz;

import dk.virkning.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A digest of every row of every business table, read as the superuser (past row-level security, so
 * all tenants at once): equal digests before and after a request mean it changed nothing anywhere.
 * Left out are the tables that record requests rather than data: the audit trail, idempotency
 * records, rate-limit buckets, the authorization server's sessions and keys, locks, migrations.
 */
final class DatabaseFingerprint implements AutoCloseable {

    private static final Set<String> RECORDS_OF_REQUESTS = Set.of(
            "audit_event",
            "idempotency_record",
            "rate_limit_bucket",
            "oauth2_authorization",
            "oauth2_authorization_consent",
            "token_signing_key",
            "shedlock",
            "databasechangelog",
            "databasechangeloglock");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();

    DatabaseFingerprint() throws SQLException {
        String[] superuser = TestDatabase.superuser();
        connection = DriverManager.getConnection(superuser[0], superuser[1], superuser[2]);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'" + " ORDER BY tablename")) {
            while (rs.next()) {
                if (!RECORDS_OF_REQUESTS.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
    }

    /** Per table: row count and a digest of the rows, in a stable order. */
    Map<String, String> take() throws SQLException {
        Map<String, String> digest = new TreeMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ''"
                        + " ORDER BY md5(t::text))), '') FROM public.\"" + table + "\" t")) {
                    rs.next();
                    digest.put(table, rs.getString(1));
                }
            }
        }
        return digest;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
