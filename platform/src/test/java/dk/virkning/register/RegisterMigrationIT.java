package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The changeset that brings per-person coverage (register-4) on a database that holds an import of
 * the old, program-wide kind: that import keeps its weeks and is marked PROGRAM, and what the new
 * code writes (the same content again, a mapping to UNKNOWN) is allowed.
 */
class RegisterMigrationIT {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String LAST_OLD = "virkning:register-3";

    @Test
    void anImportMadeBeforePerPersonCoverageKeepsItsWeeksAndIsMarkedProgramWide() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), new JdbcConnection(c));
            liquibase.update(changesetsUpTo(LAST_OLD), "");
            s.execute("SELECT set_config('virkning.tenant', '*', false)");
            s.execute("INSERT INTO municipality (id, name, municipality_code, created_at)"
                    + " VALUES ('m1', 'M1', '901', now())");
            String programId = insertProgramAndParticipant(s);
            s.execute("INSERT INTO status_import (id, tenant_id, program_id, format, content_sha256, coverage_from,"
                    + " coverage_to, row_count, persons_covered, person_weeks, changed_weeks, imported_at, imported_by)"
                    + " VALUES ('00000000-0000-0000-0000-000000000001', 'm1', '" + programId + "', 'LONG', '"
                    + "a".repeat(64) + "', '2024-01-01', '2024-01-08', 1, 1, 2, 2, now(), 'admin')");
            s.execute("INSERT INTO weekly_status VALUES ('00000000-0000-0000-0000-0000000000aa', '2024-01-01', 'm1', '"
                    + programId + "', 'SELF_SUPPORTING', '00000000-0000-0000-0000-000000000001')");

            liquibase.update("");

            try (ResultSet rs = s.executeQuery(
                    "SELECT coverage_scope, persons_covered, persons_changed, changed_weeks FROM status_import")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("PROGRAM");
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getObject(3)).isNull();
                assertThat(rs.getLong(4)).isEqualTo(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT status FROM weekly_status")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("SELF_SUPPORTING");
            }
            // The same content again is a second import now, and a code may mean "no data".
            s.execute("INSERT INTO status_import (id, tenant_id, program_id, format, content_sha256, coverage_from,"
                    + " coverage_to, row_count, coverage_scope, persons_covered, person_weeks, imported_at,"
                    + " imported_by) VALUES ('00000000-0000-0000-0000-000000000002', 'm1', '" + programId
                    + "', 'LONG', '" + "a".repeat(64) + "', '2024-01-01', '2024-01-08', 1, 'LISTED', 1, 2, now(),"
                    + " 'admin')");
            s.execute("INSERT INTO register_code_mapping VALUES ('m1', 'NODATA', 'UNKNOWN')");
        }
    }

    private static final String ORGANISATION = "00000000-0000-0000-0000-0000000000cc";
    private static final String PROGRAM = "00000000-0000-0000-0000-0000000000bb";

    private static String insertProgramAndParticipant(Statement s) throws Exception {
        // Only the columns without a default, whatever the tables held at register-3.
        s.execute("INSERT INTO organisation (id, name, type, created_at) VALUES ('" + ORGANISATION
                + "', 'P', 'PROVIDER', now())");
        insertRequired(s, "program", PROGRAM);
        insertRequired(s, "participant", "00000000-0000-0000-0000-0000000000aa");
        return PROGRAM;
    }

    /** Inserts a row with every NOT NULL column without a default set to a plausible value. */
    private static void insertRequired(Statement s, String table, String id) throws Exception {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        List<String[]> required = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = '" + table + "' AND is_nullable = 'NO' AND column_default IS NULL")) {
            while (rs.next()) {
                required.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] column : required) {
            columns.append(columns.isEmpty() ? "" : ", ").append(column[0]);
            values.append(values.isEmpty() ? "" : ", ").append(value(column[0], column[1], id));
        }
        s.execute("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")");
    }

    private static String value(String column, String type, String id) {
        if (column.equals("id")) {
            return "'" + id + "'";
        }
        if (column.equals("tenant_id") || column.equals("municipality_id")) {
            return "'m1'";
        }
        if (column.equals("provider_id")) {
            return "'" + ORGANISATION + "'";
        }
        if (column.equals("program_id")) {
            return "'" + PROGRAM + "'";
        }
        return switch (type) {
            case "uuid" -> "'" + id + "'";
            case "date" -> "'2024-01-01'";
            case "timestamp with time zone" -> "now()";
            case "integer", "bigint", "smallint", "numeric" -> "1";
            case "boolean" -> "false";
            case "jsonb", "json" -> "'{}'";
            case "bytea" -> "'\\x00'";
            default -> "'x'";
        };
    }

    /** How many changesets the master changelog applies up to and including {@code last}. */
    private static int changesetsUpTo(String last) throws IOException {
        Pattern include = Pattern.compile("file:\\s*(\\S+)\\s*}");
        Pattern changeset = Pattern.compile("^--changeset\\s+(\\S+)", Pattern.MULTILINE);
        int count = 0;
        Matcher files = include.matcher(read(MASTER));
        while (files.find()) {
            Matcher sets = changeset.matcher(read(files.group(1)));
            while (sets.find()) {
                count++;
                if (sets.group(1).equals(last)) {
                    return count;
                }
            }
        }
        throw new IllegalStateException(last + " not found in " + MASTER);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = RegisterMigrationIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
