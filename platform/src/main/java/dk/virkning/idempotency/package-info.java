/**
 * Safe retries: every POST under {@code /api} may carry an {@code Idempotency-Key}; the first answer
 * is stored per caller and tenant and given again to a retry with the same request, while the same
 * key with another request is a 409. Owns the table {@code idempotency_record}.
 */
package dk.virkning.idempotency;
