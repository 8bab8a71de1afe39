package dk.virkning.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.VirkningApplication;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.support.TestTokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The two database roles of a cluster deployment (README, "Database roles"), on a real PostgreSQL:
 * the schema owner applies the migrations once (what the chart's migration Job runs), the data role
 * the pods log in as can read and write the data under row-level security but change no schema, and
 * the whole application starts and serves as the data role with Liquibase off.
 */
class DatabaseRolesIT {

    private static final String OWNER = "virkning_owner";
    private static final String DATA = "virkning_data";
    private static final String DATABASE = "virkning_roles";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void rolesAndMigrations() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            // What the database administrator runs once (README, "Database roles").
            s.execute("CREATE ROLE " + OWNER + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD 'owner'");
            s.execute("CREATE ROLE " + DATA + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD 'data'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        }
        try (Connection c = DriverManager.getConnection(url(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
        }
        Migrations.migrate(new DriverManagerDataSource(url(), OWNER, "owner"), DATA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void migrationsRunAgainWithoutChange() throws Exception {
        long before = count(owner(), "SELECT count(*) FROM databasechangelog");
        Migrations.migrate(new DriverManagerDataSource(url(), OWNER, "owner"), DATA);
        assertThat(count(owner(), "SELECT count(*) FROM databasechangelog"))
                .isEqualTo(before)
                .isPositive();
    }

    @Test
    void theDataRoleReadsAndWritesButChangesNoSchema() throws SQLException {
        try (Connection c = data();
                Statement s = c.createStatement()) {
            assertThat(count(c, "SELECT count(*) FROM program")).isZero();
            assertThatThrownBy(() -> s.execute("CREATE TABLE sneaky (a int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("ALTER TABLE program DISABLE ROW LEVEL SECURITY"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("DROP TABLE participant")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("SELECT count(*) FROM databasechangelog"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theDataRoleReadsThePublishedViewsButCannotWriteThroughThem() throws SQLException {
        try (Connection c = data();
                Statement s = c.createStatement()) {
            assertThat(count(c, "SELECT count(*) FROM participant_published")).isZero();
            assertThatThrownBy(() -> s.execute("DELETE FROM participant_published"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("UPDATE program_published SET name = 'x'"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theDataRoleRefreshesTheWeeklyStatusStatisticsOnlyThroughTheOwnersFunction() throws SQLException {
        // A plain ANALYZE by the data role is skipped with a warning (it owns nothing); the function
        // runs it as the owner, without a warning, and leaves statistics (reltuples is -1 until a
        // table's first ANALYZE, 0 or more after).
        try (Connection c = data();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE weekly_status");
            assertThat((Object) s.getWarnings()).isNotNull();
            assertThat(s.getWarnings().getMessage()).contains("skipping");
            s.clearWarnings();
            s.execute("SELECT virkning_analyze_weekly_status()");
            assertThat((Object) s.getWarnings()).isNull();
            assertThat(reltuples(c)).isNotNegative();
        }
    }

    private static long reltuples(Connection c) throws SQLException {
        return count(c, "SELECT reltuples::bigint FROM pg_class WHERE relname = 'weekly_status'");
    }

    @Test
    void rowLevelSecurityBindsTheDataRoleAndTheOwner() throws SQLException {
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            s.execute("SELECT set_config('virkning.tenant', '*', false)");
            s.execute("INSERT INTO municipality (id, name, municipality_code, created_at)"
                    + " VALUES ('rls1', 'RLS 1', '901', now())"
                    + " ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO register_code_mapping VALUES ('rls1', 'X1', 'CASH_BENEFIT') ON CONFLICT DO NOTHING");
            s.execute("SELECT set_config('virkning.tenant', '', false)");
            assertThat(count(c, "SELECT count(*) FROM register_code_mapping")).isZero();
        }
        try (Connection c = data();
                Statement s = c.createStatement()) {
            assertThat(count(c, "SELECT count(*) FROM register_code_mapping")).isZero();
            s.execute("SELECT set_config('virkning.tenant', 'rls1', false)");
            assertThat(count(c, "SELECT count(*) FROM register_code_mapping")).isEqualTo(1);
            assertThat(count(
                            c,
                            "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND"
                                    + " (rolsuper OR rolbypassrls)"))
                    .isZero();
        }
    }

    @Test
    void migrationsRefuseADataRoleThatBypassesRowLevelSecurity() throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE bypassing LOGIN BYPASSRLS");
        }
        assertThatThrownBy(() -> Migrations.migrate(new DriverManagerDataSource(url(), OWNER, "owner"), "bypassing"))
                .hasMessageContaining("bypasses row-level security");
    }

    @Test
    void theApplicationRunsAsTheDataRoleWithLiquibaseOff() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VirkningApplication.class)

                // Command-line arguments: they override application.yaml (e.g. its management port).
                .run(
                        "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=" + DATA,
                        "--spring.datasource.password=data",
                        "--spring.liquibase.enabled=false",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--virkning.pseudonym.secret=roles-test-secret",
                        "--virkning.settlement.schedule.enabled=false",
                        "--virkning.plugins.directory=target/plugins",
                        "--virkning.auth.embedded.key-encryption-key=test-only-key-encryption-key",
                        "--virkning.auth.embedded.issuer=" + dk.virkning.support.PlatformIT.ISSUER)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestTokens tokens = new TestTokens(app.getBean(JwtEncoder.class), dk.virkning.support.PlatformIT.ISSUER);
            ApiClient client = new ApiClient();
            client.updateBaseUri("http://localhost:" + port);
            client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + tokens.operator()));
            new MunicipalitiesApi(client)
                    .createMunicipality(
                            new MunicipalityCreate().id("roles").name("Roles").municipalityCode("902"));
            assertThat(new MunicipalitiesApi(client).getMunicipality("roles").getName())
                    .isEqualTo("Roles");
        }
    }

    private static String url() {
        return postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), OWNER, "owner");
    }

    private static Connection data() throws SQLException {
        return DriverManager.getConnection(url(), DATA, "data");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
