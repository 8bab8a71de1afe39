package dk.virkning.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded server's signing keys, kept in PostgreSQL (encrypted) so that every replica signs and
 * verifies with the same keys and tokens outlive a restart. The newest key signs; a key that a newer
 * one replaced stays in the JWKS for the lifetime of the tokens it signed. Each replica reads the
 * keys again every minute, and at once when a token names a key it does not know (another replica
 * rotated), at most once a second.
 */
final class PersistentSigningKeys implements JWKSource<SecurityContext> {

    private static final Duration RELOAD = Duration.ofMinutes(1);
    private static final Duration MIN_RELOAD = Duration.ofSeconds(1);
    private static final long ADVISORY_LOCK = 0x5649524b4e494e47L; // "VIRKNING"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SecretKey kek;
    private final Clock clock;
    private final Duration rotation;
    private final Duration retention;
    private volatile Loaded loaded;

    PersistentSigningKeys(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            SecretKey kek,
            Clock clock,
            Duration rotation,
            Duration tokenLifetime) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kek = kek;
        this.clock = clock;
        this.rotation = rotation;
        // Tokens live at most tokenLifetime; a few minutes more cover clock skew between machines.
        this.retention = tokenLifetime.plus(Duration.ofMinutes(5));
    }

    /** Every key that verifies: the JWKS the server publishes and the resource server uses. */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Loaded keys = current();
        List<JWK> found = selector.select(keys.verifying());
        if (found.isEmpty() && Duration.between(keys.at(), clock.instant()).compareTo(MIN_RELOAD) > 0) {
            found = selector.select(reload().verifying());
        }
        return found;
    }

    /** Only the key that signs now, for the encoder (which refuses a choice of several). */
    JWKSource<SecurityContext> signing() {
        return (selector, context) -> {
            JWK key = current().signing();
            return key == null ? List.of() : selector.select(new JWKSet(key));
        };
    }

    /** Makes a new signing key when there is none or the newest is older than the rotation period. */
    void rotateIfDue() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ADVISORY_LOCK);
            Timestamp newest = jdbc.queryForObject("SELECT max(created_at) FROM token_signing_key", Timestamp.class);
            Instant now = clock.instant();
            if (newest == null || !newest.toInstant().plus(rotation).isAfter(now)) {
                insertNewKey(now);
            }
        });
        reload();
    }

    /** Makes a new signing key now, whatever the age of the current one. */
    void rotate() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ADVISORY_LOCK);
            insertNewKey(clock.instant());
        });
        reload();
    }

    private void insertNewKey(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
            JWEObject jwe = new JWEObject(
                    new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), new Payload(key.toJSONString()));
            jwe.encrypt(new DirectEncrypter(kek));
            jdbc.update(
                    "INSERT INTO token_signing_key (kid, created_at, encrypted_jwk) VALUES (?, ?, ?)",
                    key.getKeyID(),
                    Timestamp.from(now),
                    jwe.serialize());
            // Keys whose successor has been signing longer than any token lives are of no more use.
            jdbc.update(
                    "DELETE FROM token_signing_key k WHERE EXISTS (SELECT 1 FROM token_signing_key n"
                            + " WHERE n.created_at > k.created_at AND n.created_at < ?)",
                    Timestamp.from(now.minus(retention)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    /** The keys as last read; read again every minute, when a rotation is due also after it. */
    private Loaded current() {
        Loaded keys = loaded;
        Instant now = clock.instant();
        if (keys == null || Duration.between(keys.at(), now).compareTo(RELOAD) > 0) {
            keys = reload();
            if (keys.signing() == null || !keys.signingSince().plus(rotation).isAfter(now)) {
                rotateIfDue();
                keys = loaded;
            }
        }
        return keys;
    }

    private synchronized Loaded reload() {
        List<Stored> all = jdbc.query(
                "SELECT encrypted_jwk, created_at FROM token_signing_key ORDER BY created_at DESC, kid",
                (rs, i) ->
                        new Stored(decrypt(rs.getString(1)), rs.getTimestamp(2).toInstant()));
        Instant now = clock.instant();
        if (all.isEmpty()) {
            Loaded none = new Loaded(null, Instant.MIN, new JWKSet(), now);
            loaded = none;
            return none;
        }
        List<JWK> verifying = new ArrayList<>();
        verifying.add(all.get(0).key());
        for (int i = 1; i < all.size(); i++) {
            // Key i was replaced when key i-1 was made; it verifies for the retention after that.
            if (all.get(i - 1).created().plus(retention).isAfter(now)) {
                verifying.add(all.get(i).key());
            }
        }
        Loaded keys = new Loaded(all.get(0).key(), all.get(0).created(), new JWKSet(verifying), now);
        loaded = keys;
        return keys;
    }

    private JWK decrypt(String encrypted) {
        try {
            JWEObject jwe = JWEObject.parse(encrypted);
            jwe.decrypt(new DirectDecrypter(kek));
            return JWK.parse(jwe.getPayload().toString());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(
                    "cannot decrypt a signing key: is the key-encryption key the one they were stored under?", e);
        }
    }

    private record Stored(JWK key, Instant created) {}

    private record Loaded(JWK signing, Instant signingSince, JWKSet verifying, Instant at) {}
}
