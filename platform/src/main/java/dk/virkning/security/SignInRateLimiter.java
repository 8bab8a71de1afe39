package dk.virkning.security;

import dk.virkning.shared.Sha256;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Limits failed client authentications and failed sign-ins, per client or user name and per remote
 * address, with Bucket4j token buckets kept in PostgreSQL (table {@code rate_limit_bucket}), so the
 * count holds across replicas and restarts. A failure takes a token; with none left the next
 * attempt is refused until the bucket refills.
 */
final class SignInRateLimiter {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    SignInRateLimiter(DataSource dataSource, EmbeddedServerProperties.RateLimit limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perAccount = limit(limits.perAccount(), limits.window());
        this.perAddress = limit(limits.perAddress(), limits.window());
    }

    private static BucketConfiguration limit(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(failures).refillGreedy(failures, window))
                .build();
    }

    /** How long the caller must wait, if a bucket of theirs is empty. */
    Optional<Duration> refusal(String account, String address) {
        long nanos = 0;
        for (Key key : keys(account, address)) {
            EstimationProbe probe =
                    buckets.builder().build(key.id(), key.configuration()).estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                nanos = Math.max(nanos, probe.getNanosToWaitForRefill());
            }
        }
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** Counts one failed attempt. */
    void failed(String account, String address) {
        for (Key key : keys(account, address)) {
            buckets.builder().build(key.id(), key.configuration()).tryConsume(1);
        }
    }

    private List<Key> keys(String account, String address) {
        List<Key> keys = new ArrayList<>();
        if (account != null && !account.isBlank()) {
            keys.add(new Key(id("account", account), perAccount));
        }
        if (address != null && !address.isBlank()) {
            keys.add(new Key(id("address", address), perAddress));
        }
        return keys;
    }

    /** Names are hashed: any length fits the column, and no user name is stored in clear. */
    private static String id(String kind, String value) {
        return kind + ":" + Sha256.hex(value);
    }

    private record Key(String id, BucketConfiguration configuration) {}
}
