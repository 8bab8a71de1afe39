package dk.virkning.settlement;

import java.time.Instant;
import java.util.Objects;

/**
 * A statement's state and who moved it there when. Not part of the statement hash: approving or
 * disputing a statement changes its lifecycle, never its content. Each move is checked against the
 * allowed transitions of {@link StatementStatus}.
 *
 * @param issuedAt when it was issued; null for a draft
 * @param decidedAt when the municipality approved or disputed it; null before
 * @param disputeReason why it was disputed; null unless disputed
 */
public record StatementLifecycle(
        StatementStatus status,
        Instant createdAt,
        String createdBy,
        Instant issuedAt,
        String issuedBy,
        Instant decidedAt,
        String decidedBy,
        String disputeReason) {

    public StatementLifecycle {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A statement just computed: a draft, or a forecast that is never stored. */
    static StatementLifecycle created(StatementStatus status, Instant at, String by) {
        if (status != StatementStatus.DRAFT && status != StatementStatus.FORECAST) {
            throw new IllegalArgumentException("A statement is created as a draft or a forecast, not " + status);
        }
        return new StatementLifecycle(status, at, by, null, null, null, null, null);
    }

    /** The draft issued; refused unless it is a draft. */
    StatementLifecycle issue(Instant at, String by) {
        status.requireAllows(StatementStatus.ISSUED, "issued");
        return new StatementLifecycle(StatementStatus.ISSUED, createdAt, createdBy, at, by, null, null, null);
    }

    /** The issued statement approved; refused unless it is issued and undecided. */
    StatementLifecycle approve(Instant at, String by) {
        return decide(StatementStatus.APPROVED, "approved", at, by, null);
    }

    /** The issued statement disputed for a reason; refused unless it is issued and undecided. */
    StatementLifecycle dispute(Instant at, String by, String reason) {
        return decide(StatementStatus.DISPUTED, "disputed", at, by, Objects.requireNonNull(reason, "reason"));
    }

    /** Refuses to discard anything but a draft. */
    void requireDiscardable() {
        status.requireDiscardable();
    }

    private StatementLifecycle decide(StatementStatus to, String verb, Instant at, String by, String reason) {
        status.requireAllows(to, verb);
        return new StatementLifecycle(to, createdAt, createdBy, issuedAt, issuedBy, at, by, reason);
    }
}
