package dk.virkning.settlement;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of a statement: an earned amount, or an outcome still pending (no amount).
 *
 * @param kind {@code EARNED} or {@code PENDING}
 */
public record StoredLine(
        int lineNo,
        String kind,
        UUID participantId,
        String outcome,
        String description,
        BigDecimal quantity,
        BigDecimal amount) {

    public static final String EARNED = "EARNED";
    public static final String PENDING = "PENDING";
}
