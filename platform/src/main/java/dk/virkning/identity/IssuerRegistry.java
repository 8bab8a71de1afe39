package dk.virkning.identity;

import dk.virkning.security.IssuerDirectory;
import dk.virkning.security.RegisteredIssuer;
import dk.virkning.security.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registered issuers (table {@code identity_issuer}). The resource server asks for every token,
 * so the registrations are held in memory and read again every {@value #REFRESH_SECONDS} seconds
 * (a registration or removal on another replica takes effect within that), and at once after a
 * change on this one.
 */
@Component
class IssuerRegistry implements IssuerDirectory {

    static final int REFRESH_SECONDS = 15;

    private static final String SELECT = "SELECT id, issuer_uri, jwks_uri, municipality_id, organisation_id,"
            + " audience, client_ids, roles_claim, role_mapping::text, subject_claim, name_claim, created_at"
            + " FROM identity_issuer";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Snapshot snapshot;

    IssuerRegistry(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<RegisteredIssuer> find(String issuerUri) {
        return Optional.ofNullable(current().byIssuer().get(issuerUri));
    }

    @Override
    public boolean municipalityHasOwnIssuer(String municipality) {
        return current().byIssuer().values().stream()
                .anyMatch(r -> r.municipality().filter(municipality::equals).isPresent());
    }

    @Override
    public boolean organisationHasOwnIssuer(UUID organisation) {
        return current().byIssuer().values().stream()
                .anyMatch(r -> r.organisation().filter(organisation::equals).isPresent());
    }

    List<RegisteredIssuer> all() {
        return jdbc.query(SELECT + " ORDER BY issuer_uri", this::map);
    }

    Optional<RegisteredIssuer> byId(UUID id) {
        return jdbc.query(SELECT + " WHERE id = ?", this::map, id).stream().findFirst();
    }

    boolean issuerTaken(String issuerUri) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM identity_issuer WHERE issuer_uri = ?", Integer.class, issuerUri);
        return n != null && n > 0;
    }

    void insert(RegisteredIssuer r, String createdBy) {
        jdbc.update(
                "INSERT INTO identity_issuer (id, issuer_uri, jwks_uri, municipality_id, organisation_id, audience,"
                        + " client_ids, roles_claim, role_mapping, subject_claim, name_claim, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, r.id());
                    ps.setString(2, r.issuerUri());
                    ps.setString(3, r.jwksUri());
                    ps.setString(4, r.municipality().orElse(null));
                    ps.setObject(5, r.organisation().orElse(null));
                    ps.setString(6, r.audience());
                    ps.setArray(
                            7,
                            ps.getConnection()
                                    .createArrayOf("text", r.clientIds().toArray()));
                    ps.setString(8, r.rolesClaim());
                    ps.setString(9, json.writeValueAsString(mappingAsText(r.roleMapping())));
                    ps.setString(10, r.subjectClaim());
                    ps.setString(11, r.nameClaim());
                    ps.setTimestamp(12, Timestamp.from(r.createdAt()));
                    ps.setString(13, createdBy);
                });
        snapshot = null;
    }

    boolean delete(UUID id) {
        boolean deleted = jdbc.update("DELETE FROM identity_issuer WHERE id = ?", id) > 0;
        snapshot = null;
        return deleted;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || Duration.between(s.at(), now).getSeconds() >= REFRESH_SECONDS) {
            Map<String, RegisteredIssuer> byIssuer = jdbc.query(SELECT, this::map).stream()
                    .collect(Collectors.toUnmodifiableMap(RegisteredIssuer::issuerUri, Function.identity()));
            s = new Snapshot(byIssuer, now);
            snapshot = s;
        }
        return s;
    }

    private RegisteredIssuer map(ResultSet rs, int row) throws SQLException {
        Array clients = rs.getArray(7);
        Map<String, String> mapping = json.readValue(rs.getString(9), new TypeReference<Map<String, String>>() {});
        Map<String, Role> roles = new LinkedHashMap<>();
        mapping.forEach((value, role) -> Role.parse(role).ifPresent(r -> roles.put(value, r)));
        return new RegisteredIssuer(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getObject(5, UUID.class)),
                rs.getString(6),
                Arrays.stream((String[]) clients.getArray()).toList(),
                rs.getString(8),
                roles,
                rs.getString(10),
                rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }

    static Map<String, String> mappingAsText(Map<String, Role> mapping) {
        Map<String, String> text = new LinkedHashMap<>();
        mapping.forEach((value, role) -> text.put(value, role.name()));
        return text;
    }

    private record Snapshot(Map<String, RegisteredIssuer> byIssuer, Instant at) {}
}
