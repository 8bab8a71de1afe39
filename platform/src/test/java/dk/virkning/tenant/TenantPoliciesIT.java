package dk.virkning.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The row-level security policies as PostgreSQL holds them after all migrations: every table with a
 * required tenant column is forced under a {@code tenant_isolation} policy that reads the session's tenant
 * once per query (a sub-select, an InitPlan), not once per row; and through plain SQL as the
 * application's role a tenant sees and writes only its own rows, '*' sees all, no setting sees none.
 */
class TenantPoliciesIT extends PlatformIT {

    /** The policy's expression, as pg_policies prints it, for both USING and WITH CHECK. */
    private static final String ONCE_PER_QUERY =
            "(((tenant_id)::text = ( SELECT virkning_tenant() AS virkning_tenant)) OR"
                    + " (( SELECT virkning_tenant() AS virkning_tenant) = '*'::text))";

    /**
     * Tables whose tenant column is nullable because they also hold rows of no municipality; the
     * application scopes their reads (audit export per tenant, idempotency keys per caller and tenant).
     */
    private static final Set<String> NOT_UNDER_ROW_LEVEL_SECURITY = Set.of("audit_event", "idempotency_record");

    @Test
    void everyTableWithATenantIsForcedUnderAPolicyThatReadsTheTenantOncePerQuery() throws Exception {
        List<String> violations = new ArrayList<>();
        Set<String> exempt = new HashSet<>();
        int tables = 0;
        try (Connection c = TestDatabase.connectionAs("*");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check, a.attnotnull
                        FROM pg_class c
                        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                        LEFT JOIN pg_policies p ON p.schemaname = current_schema() AND p.tablename = c.relname
                                               AND p.policyname = 'tenant_isolation'
                        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                        ORDER BY c.relname
                        """)) {
            while (rs.next()) {
                tables++;
                String table = rs.getString(1);
                if (NOT_UNDER_ROW_LEVEL_SECURITY.contains(table)) {
                    exempt.add(table);
                    if (rs.getBoolean(6) || rs.getBoolean(2)) {
                        violations.add(table + ": listed as exempt but its tenant is required or it is under a policy");
                    }
                    continue;
                }
                if (!rs.getBoolean(2) || !rs.getBoolean(3)) {
                    violations.add(table + ": row-level security not enabled and forced");
                }
                if (!ONCE_PER_QUERY.equals(rs.getString(4)) || !ONCE_PER_QUERY.equals(rs.getString(5))) {
                    violations.add(table + ": policy " + rs.getString(4) + " / " + rs.getString(5));
                }
            }
        }
        assertThat(tables).as("tables with a tenant_id column").isGreaterThan(15);
        assertThat(violations).isEmpty();
        assertThat(exempt).isEqualTo(NOT_UNDER_ROW_LEVEL_SECURITY);
    }

    @Test
    void plainSqlSeesAndWritesOnlyTheSessionsTenant() throws Exception {
        String north = scenario.municipality();
        String south = scenario.municipality();
        try (Connection c = TestDatabase.connectionAs(north)) {
            insertMapping(c, north, "POLICY-N");
        }
        try (Connection c = TestDatabase.connectionAs(south)) {
            insertMapping(c, south, "POLICY-S");
        }

        assertThat(mappingsSeenAs(north)).containsExactly("POLICY-N");
        assertThat(mappingsSeenAs(south)).containsExactly("POLICY-S");
        assertThat(mappingsSeenAs("*")).containsExactly("POLICY-N", "POLICY-S");
        assertThat(mappingsSeenAs("")).isEmpty();
        try (Connection c = TestDatabase.connectionAs(north)) {
            assertThatThrownBy(() -> insertMapping(c, south, "POLICY-X"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
        assertThat(mappingsSeenAs("*")).containsExactly("POLICY-N", "POLICY-S");
    }

    private static void insertMapping(Connection c, String tenant, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO register_code_mapping (tenant_id, source_code, status) VALUES (?, ?, 'SICKNESS_BENEFIT')")) {
            ps.setString(1, tenant);
            ps.setString(2, code);
            ps.executeUpdate();
        }
    }

    private static List<String> mappingsSeenAs(String tenant) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = TestDatabase.connectionAs(tenant);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source_code FROM register_code_mapping"
                        + " WHERE source_code LIKE 'POLICY-%' ORDER BY source_code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
