package dk.virkning.settlement;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ShedLock keeps a scheduled job to one replica at a time through a lock row in PostgreSQL (table
 * {@code shedlock}, database time, so replicas' clocks need not agree). The lock is always in place,
 * so that the locked method behaves the same when a test calls it; the schedule itself runs only
 * with {@code virkning.settlement.schedule.enabled}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT30M")
class SettlementScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "virkning.settlement.schedule.enabled", havingValue = "true")
    static class Schedule {}
}
