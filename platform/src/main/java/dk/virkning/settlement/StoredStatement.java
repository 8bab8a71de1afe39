package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A statement: its content, which its hash covers and which never changes once stored (in the
 * database too), and its lifecycle, which moves from draft to issued to approved or disputed.
 *
 * @param municipality the tenant it belongs to
 */
public record StoredStatement(UUID id, String municipality, StatementContent content, StatementLifecycle lifecycle) {

    public ProgramId program() {
        return content.program();
    }

    public StatementPeriod period() {
        return content.period();
    }

    /** Shortcut for {@code period().label()}, e.g. {@code 2024-Q1}. */
    public String periodLabel() {
        return content.period().label();
    }

    /** Shortcut for the cumulative earned amount of {@link StatementContent#amounts()}. */
    public BigDecimal earned() {
        return content.amounts().earned();
    }

    /** Shortcut for who computed the statement (a person, or the periodic settlement). */
    public String createdBy() {
        return lifecycle.createdBy();
    }

    public StatementStatus status() {
        return lifecycle.status();
    }

    /** Whether this statement settles its period: issued or approved, not a draft or disputed. */
    public boolean settles() {
        return lifecycle.status().settles();
    }

    /** Whether it has been issued (whatever the municipality decided since). */
    public boolean issued() {
        return lifecycle.status().issued();
    }
}
