package dk.virkning.plugin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Uploaded artifacts in PostgreSQL: every replica and every restart loads the same versions. */
@Repository
class PluginArtifactStore {

    private final JdbcTemplate jdbc;

    PluginArtifactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredArtifact> find(String pluginId, String version) {
        return jdbc
                .query(
                        "SELECT * FROM plugin_artifact WHERE plugin_id = ? AND version = ?",
                        PluginArtifactStore::map,
                        pluginId,
                        version)
                .stream()
                .findFirst();
    }

    /** Every stored version's id and version (not the content). */
    List<String[]> keys() {
        return jdbc.query("SELECT plugin_id, version FROM plugin_artifact ORDER BY plugin_id, version", (rs, i) ->
                new String[] {rs.getString(1), rs.getString(2)});
    }

    Optional<Boolean> enabled(String pluginId, String version) {
        return jdbc
                .query(
                        "SELECT enabled FROM plugin_artifact WHERE plugin_id = ? AND version = ?",
                        (rs, i) -> rs.getBoolean(1),
                        pluginId,
                        version)
                .stream()
                .findFirst();
    }

    void insert(StoredArtifact a) {
        jdbc.update(
                "INSERT INTO plugin_artifact (plugin_id, version, organisation_id, sha256, content, signature,"
                        + " key_fingerprint, requires, enabled, uploaded_at, uploaded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.pluginId(),
                a.version(),
                a.organisation(),
                a.sha256(),
                a.content(),
                a.signature(),
                a.keyFingerprint(),
                a.requires(),
                a.enabled(),
                Timestamp.from(a.uploadedAt()),
                a.uploadedBy());
    }

    boolean setEnabled(String pluginId, String version, boolean enabled) {
        return jdbc.update(
                        "UPDATE plugin_artifact SET enabled = ? WHERE plugin_id = ? AND version = ?",
                        enabled,
                        pluginId,
                        version)
                == 1;
    }

    private static StoredArtifact map(ResultSet rs, int row) throws SQLException {
        return new StoredArtifact(
                rs.getString("plugin_id"),
                rs.getString("version"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("sha256"),
                rs.getBytes("content"),
                rs.getBytes("signature"),
                rs.getString("key_fingerprint"),
                rs.getString("requires"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
