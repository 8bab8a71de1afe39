package dk.virkning.audit;

import dk.virkning.security.CurrentUser;
import dk.virkning.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did or read what: the subject, and where a token named them the person's display name
 * and the token's issuer. Participant reads are recorded here, so that a citizen can learn who
 * looked them up. Writes join the caller's transaction: a refused request leaves no trace of a change
 * it did not make.
 */
@Component
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one event by {@code actor} on one resource. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String resourceType, String resourceId, String detail) {
        recordAll(actor, action, resourceType, List.of(resourceId), detail);
    }

    /** Records the same event on many resources, e.g. every participant on a page that was read. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(
            String actor, String action, String resourceType, Collection<String> resourceIds, String detail) {
        String tenant = TenantContext.municipality().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        // The person behind the subject, as the request's token names them (none for system work).
        Optional<CurrentUser> person =
                CurrentUser.current().filter(user -> user.subject().equals(actor));
        String name = person.flatMap(CurrentUser::name).orElse(null);
        String issuer = person.flatMap(CurrentUser::issuer).orElse(null);
        jdbc.batchUpdate(
                "INSERT INTO audit_event (tenant_id, occurred_at, actor, action, resource_type, resource_id, detail,"
                        + " actor_name, actor_issuer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.copyOf(resourceIds),
                500,
                (ps, id) -> {
                    ps.setString(1, tenant);
                    ps.setTimestamp(2, now);
                    ps.setString(3, actor);
                    ps.setString(4, action);
                    ps.setString(5, resourceType);
                    ps.setString(6, id);
                    ps.setString(7, detail);
                    ps.setString(8, name);
                    ps.setString(9, issuer);
                });
    }

    /** Every event on the given resources of one type, oldest first, as the tenant may see it. */
    @Transactional(readOnly = true)
    public List<Entry> onResources(String resourceType, Collection<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT occurred_at, actor, action, resource_id, detail, actor_name, actor_issuer FROM audit_event"
                        + " WHERE tenant_id = ? AND resource_type = ? AND resource_id = ANY (?) ORDER BY occurred_at, id",
                (rs, i) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                TenantContext.municipality().orElseThrow(),
                resourceType,
                resourceIds.toArray(String[]::new));
    }

    /**
     * One logged event.
     *
     * @param occurredAt when
     * @param actor who
     * @param action what, e.g. {@code READ}
     * @param resourceId on which resource
     * @param detail more, or {@code null}
     * @param actorName the person's display name, or {@code null}
     * @param actorIssuer the issuer of the actor's token, or {@code null}
     */
    public record Entry(
            java.time.Instant occurredAt,
            String actor,
            String action,
            String resourceId,
            String detail,
            String actorName,
            String actorIssuer) {}
}
