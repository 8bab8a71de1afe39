package dk.virkning.plugin;

import java.time.Instant;
import java.util.UUID;

/** An uploaded plugin artifact as stored in PostgreSQL. */
record StoredArtifact(
        String pluginId,
        String version,
        UUID organisation,
        String sha256,
        byte[] content,
        byte[] signature,
        String keyFingerprint,
        String requires,
        boolean enabled,
        Instant uploadedAt,
        String uploadedBy) {}
