package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.support.PgBouncer;
import dk.virkning.tenant.TenantContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The isolation tests again, with the application connected through PgBouncer in transaction pooling
 * mode, where a session setting would travel to whichever client gets the server session next. Every
 * test of {@link TenantIsolationIT} runs here too; these add the proof that no tenant setting crosses
 * from one transaction to another.
 */
class PooledTenancyIT extends TenantIsolationIT {

    private static final int ROUNDS = 150;

    /** Before the context loads: skipped without PgBouncer, except under CI. */
    @BeforeAll
    static void pgBouncerInstalled() {
        PgBouncer.requireInstalled();
    }

    @DynamicPropertySource
    static void throughThePooler(DynamicPropertyRegistry registry) {
        registry.add(DATABASE_URL, () -> PgBouncer.jdbcUrl(PgBouncer.APPLICATION));
    }

    @Test
    void theApplicationIsConnectedThroughThePooler() throws SQLException {
        assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl())
                .isEqualTo(PgBouncer.jdbcUrl(PgBouncer.APPLICATION));
    }

    /** The control: on this pooler a session setting does reach another client, so the tests can fail. */
    @Test
    void aSessionSettingOnThePoolerReachesTheNextClientOfTheServerSession() throws Exception {
        String home = scenario.municipality();
        scenario.nk1Program(home, scenario.organisation(OrganisationType.PROVIDER), List.of(), 1);
        try (Connection setter = PgBouncer.connect(PgBouncer.SHARED);
                Connection other = PgBouncer.connect(PgBouncer.SHARED)) {
            setter.createStatement().execute("SELECT set_config('virkning.tenant', '" + home + "', false)");
            try {
                assertThat(setting(other)).isEqualTo(home);
                assertThat(count(other, "SELECT count(*) FROM program")).isEqualTo(1);
            } finally {
                setter.createStatement().execute("SELECT set_config('virkning.tenant', '', false)");
            }
        }
    }

    @Test
    void afterTheApplicationsWorkNoServerSessionHoldsATenant() throws Exception {
        scenario.nk1Program(scenario.municipality(), scenario.organisation(OrganisationType.PROVIDER), List.of(), 1);
        // Each open transaction holds a server session of its own: together they visit every one.
        List<Connection> holders = new ArrayList<>();
        try {
            for (int i = 0; i < PgBouncer.APPLICATION_SERVERS; i++) {
                Connection c = PgBouncer.connect(PgBouncer.APPLICATION);
                holders.add(c);
                c.setAutoCommit(false);
                assertThat(setting(c)).as("server session %d", i).isEmpty();
                assertThat(count(c, "SELECT count(*) FROM program")).isZero();
            }
            assertThat(holders.stream().map(PooledTenancyIT::backend).distinct())
                    .hasSize(PgBouncer.APPLICATION_SERVERS);
        } finally {
            for (Connection c : holders) {
                c.rollback();
                c.close();
            }
        }
    }

    /**
     * Two tenants at once through the application's data source, in and out of explicit
     * transactions, on fewer server sessions than client connections: each statement sees its own
     * tenant and only its own rows.
     */
    @Test
    void concurrentTenantsEachSeeOnlyTheirOwnSettingAndRows() throws Exception {
        String north = scenario.municipality();
        String south = scenario.municipality();
        var provider = scenario.organisation(OrganisationType.PROVIDER);
        scenario.nk1Program(north, provider, List.of(), 1);
        scenario.nk1Program(south, provider, List.of(), 1);
        scenario.nk1Program(south, provider, List.of(), 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String tenant = t % 2 == 0 ? north : south;
                long programs = t % 2 == 0 ? 1 : 2;
                boolean explicit = t < 2;
                runs.add(pool.submit(rounds(tenant, programs, explicit)));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(ROUNDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Integer> rounds(String tenant, long programs, boolean explicit) {
        return () -> TenantContext.callAs(tenant, () -> {
            int done = 0;
            for (int i = 0; i < ROUNDS; i++) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(!explicit);
                    assertThat(setting(c)).isEqualTo(tenant);
                    assertThat(count(c, "SELECT count(*) FROM program")).isEqualTo(programs);
                    if (explicit) {
                        c.commit();
                    }
                    done++;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return done;
        });
    }

    private static int backend(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
