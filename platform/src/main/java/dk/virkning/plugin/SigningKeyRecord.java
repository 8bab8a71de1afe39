package dk.virkning.plugin;

import java.time.Instant;
import java.util.UUID;

/** A provider organisation's public signing key. */
record SigningKeyRecord(
        UUID id, UUID organisation, String algorithm, byte[] publicKey, String fingerprint, Instant createdAt) {}
