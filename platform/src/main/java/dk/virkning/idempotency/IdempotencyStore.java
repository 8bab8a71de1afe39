package dk.virkning.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored answers, each statement on its own (auto-commit), apart from the request's transaction. */
@Repository
class IdempotencyStore {

    /** How long a key answers for its first request; a retry comes within minutes, not days. */
    static final Duration RETENTION = Duration.ofHours(24);

    record Stored(String requestSha256, Integer status, String contentType, String location, byte[] body) {
        boolean finished() {
            return status != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for a first request; false when it was claimed before (and not yet expired). */
    boolean claim(String scope, String key, String tenant) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "DELETE FROM idempotency_record WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(RETENTION)));
        return jdbc.update(
                        "INSERT INTO idempotency_record (scope, idempotency_key, tenant_id, created_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        scope,
                        key,
                        tenant,
                        now)
                == 1;
    }

    Optional<Stored> find(String scope, String key) {
        List<Stored> rows = jdbc.query(
                "SELECT request_sha256, status, content_type, location, body FROM idempotency_record"
                        + " WHERE scope = ? AND idempotency_key = ?",
                (rs, i) -> new Stored(
                        rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getBytes(5)),
                scope,
                key);
        return rows.stream().findFirst();
    }

    void finish(String scope, String key, String sha256, int status, String contentType, String location, byte[] body) {
        jdbc.update(
                "UPDATE idempotency_record SET request_sha256 = ?, status = ?, content_type = ?, location = ?, body = ?"
                        + " WHERE scope = ? AND idempotency_key = ?",
                sha256,
                status,
                contentType,
                location,
                body,
                scope,
                key);
    }

    void release(String scope, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE scope = ? AND idempotency_key = ?", scope, key);
    }
}
