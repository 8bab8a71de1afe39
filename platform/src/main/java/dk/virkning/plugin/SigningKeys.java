package dk.virkning.plugin;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.organisation.OrganisationType;
import dk.virkning.organisation.Organisations;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public keys providers sign their plugin artifacts with. */
@Service
public class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final Clock clock;

    SigningKeys(JdbcTemplate jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Registers a key for a provider; refuses keys that do not parse and keys registered already. */
    @Transactional
    public SigningKeyRecord register(OrganisationId provider, String algorithm, String base64, String registeredBy) {
        organisations.require(provider, OrganisationType.PROVIDER, "organisationId");
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(base64);
            publicKey(algorithm, der);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw ProblemException.unprocessable(
                    "invalid-key",
                    "The public key is not a valid " + algorithm + " key",
                    List.of(ProblemError.field("publicKey", "must be base64 of an X.509 SubjectPublicKeyInfo")));
        }
        String fingerprint = Sha256.hex(der);
        Integer taken = jdbc.queryForObject(
                "SELECT count(*) FROM signing_key WHERE fingerprint = ?", Integer.class, fingerprint);
        if (taken != null && taken > 0) {
            throw ProblemException.conflict("This key is registered already");
        }
        SigningKeyRecord key =
                new SigningKeyRecord(UUID.randomUUID(), provider.value(), algorithm, der, fingerprint, clock.instant());
        jdbc.update(
                "INSERT INTO signing_key (id, organisation_id, algorithm, public_key, fingerprint, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                key.id(),
                key.organisation(),
                key.algorithm(),
                key.publicKey(),
                key.fingerprint(),
                Timestamp.from(key.createdAt()),
                registeredBy);
        return key;
    }

    @Transactional(readOnly = true)
    public List<SigningKeyRecord> of(OrganisationId organisation) {
        if (organisations.find(organisation).isEmpty()) {
            throw ProblemException.notFound("Organisation " + organisation.value());
        }
        return jdbc.query(
                "SELECT id, organisation_id, algorithm, public_key, fingerprint, created_at FROM signing_key"
                        + " WHERE organisation_id = ? ORDER BY created_at",
                (rs, i) -> new SigningKeyRecord(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getBytes(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()),
                organisation.value());
    }

    static PublicKey publicKey(String algorithm, byte[] der) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    }
}
