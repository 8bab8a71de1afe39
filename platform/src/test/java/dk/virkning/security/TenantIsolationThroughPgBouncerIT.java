package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dk.virkning.support.PgBouncer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every tenant-isolation test again, with the application connected through a real PgBouncer in
 * transaction pooling mode: consecutive transactions of one application connection land on
 * different server sessions and one server session serves many application connections, so a
 * tenant setting that outlived its transaction would show up here as a foreign tenant's rows.
 */
class TenantIsolationThroughPgBouncerIT extends TenantIsolationIT {

    @Autowired
    private DataSource applicationDataSource;

    @DynamicPropertySource
    static void throughPgBouncer(DynamicPropertyRegistry registry) {
        // PlatformIT's spring.datasource.url wins over a subclass's; the pool's own URL is bound last.
        registry.add("spring.datasource.hikari.jdbc-url", PgBouncer::jdbcUrl);
    }

    @Test
    void theApplicationReallyConnectsThroughPgBouncer() {
        DataSource target = ((DelegatingDataSource) applicationDataSource).getTargetDataSource();
        assertThat(((HikariDataSource) target).getJdbcUrl()).isEqualTo(PgBouncer.jdbcUrl());
    }
}
