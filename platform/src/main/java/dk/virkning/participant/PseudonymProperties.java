package dk.virkning.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key of CPR pseudonyms.
 *
 * @param secret the master secret; when blank, a local key is generated and kept in {@code
 *     .virkning-data/pseudonym.key} (local use only)
 */
@ConfigurationProperties("virkning.pseudonym")
public record PseudonymProperties(String secret) {}
