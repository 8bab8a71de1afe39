package dk.virkning.settlement;

import dk.virkning.spi.PendingKind;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of a statement: an earned amount, or an outcome still pending (no amount).
 *
 * @param kind {@code EARNED} or {@code PENDING}
 * @param pendingKind what a pending line stands for, or {@code null} for an earned line and for a
 *     pending line that says nothing (a plugin of API 1.0, a statement from before kinds)
 * @param openAmount the most a pending line can still earn, or {@code null} where not known
 */
public record StoredLine(
        int lineNo,
        String kind,
        UUID participantId,
        String outcome,
        String description,
        BigDecimal quantity,
        BigDecimal amount,
        PendingKind pendingKind,
        BigDecimal openAmount) {

    public static final String EARNED = "EARNED";
    public static final String PENDING = "PENDING";

    /** A line without a pending kind or open amount. */
    public StoredLine(
            int lineNo,
            String kind,
            UUID participantId,
            String outcome,
            String description,
            BigDecimal quantity,
            BigDecimal amount) {
        this(lineNo, kind, participantId, outcome, description, quantity, amount, null, null);
    }

    /** What the line counts as when open money is added up: a line that says nothing is unspecified. */
    public PendingKind openKind() {
        return pendingKind == null ? PendingKind.UNSPECIFIED : pendingKind;
    }
}
