package dk.virkning.snapshot;

import java.util.Objects;

/**
 * The plugin version a snapshot was made for, as its header line records it.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param sha256 the SHA-256 (lowercase hex) of the plugin artifact
 */
public record PluginIdentity(String id, String version, String sha256) {

    /** Validates the required fields. */
    public PluginIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }
}
