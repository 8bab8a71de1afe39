package dk.virkning.shared;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change of a versioned resource under {@code If-Match}, race-free: the check and the change run in
 * one transaction that first takes a transaction-scoped PostgreSQL advisory lock on the resource. Two
 * editors who read the same version queue on the lock; the second then reads the first one's version,
 * no longer matches and gets 412 instead of silently overwriting it. The lock is per resource and ends
 * with the transaction, on every replica alike.
 */
@Component
public class VersionedChanges {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    VersionedChanges(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code change} if the request's {@code If-Match} names the resource's current version.
     *
     * @param resource what is changed, e.g. {@code program:<id>}; changes of one resource queue
     * @param currentEtag reads the resource's current version inside the locked transaction
     * @param required whether a request without {@code If-Match} is refused (428)
     */
    public <T> T change(String resource, Supplier<String> currentEtag, boolean required, Supplier<T> change) {
        return transactions.execute(status -> {
            jdbc.queryForObject(
                    "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS locked",
                    Integer.class,
                    "versioned:" + resource);
            Preconditions.requireMatch(currentEtag.get(), required);
            return change.get();
        });
    }
}
