/**
 * Operational signals: business metrics (imports, settlements, plugin hosts, authentication
 * failures) on Micrometer, and the tenant label on HTTP request metrics. Depends on no feature
 * package, so that every feature may report here. Labels never carry personal data: only tenant
 * keys (municipality ids), plugin ids, formats, outcomes and problem types.
 */
package dk.virkning.observability;
