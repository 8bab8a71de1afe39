package dk.virkning.settlement;

import dk.virkning.shared.ProblemException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Where a statement is in its lifecycle. A draft is issued (or discarded, which removes it); an
 * issued statement is approved or disputed by the municipality, and that is final. A forecast is
 * never stored and moves nowhere.
 */
public enum StatementStatus {
    /** Computed and hashed, not binding; may be discarded or recomputed. */
    DRAFT,
    /** Binding and immutable; settles its period. */
    ISSUED,
    /** Issued and approved by the municipality; settles its period. */
    APPROVED,
    /** Issued and disputed by the municipality; settles nothing, a correction may follow. */
    DISPUTED,
    /** A dry run, never stored. */
    FORECAST;

    /** Whether a statement in this status settles its period: issued or approved. */
    public boolean settles() {
        return this == ISSUED || this == APPROVED;
    }

    /** Whether it has been issued, whatever the municipality decided since. */
    public boolean issued() {
        return this == ISSUED || this == APPROVED || this == DISPUTED;
    }

    /** The statuses a statement in this status may move to. */
    public Set<StatementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(APPROVED, DISPUTED);
            case APPROVED, DISPUTED, FORECAST -> EnumSet.noneOf(StatementStatus.class);
        };
    }

    public boolean allows(StatementStatus target) {
        return next().contains(target);
    }

    /**
     * Refuses, as a 409 problem, a move to {@code target} that is not allowed from here.
     *
     * @param verb what the move is called in the message, e.g. "approved"
     */
    void requireAllows(StatementStatus target, String verb) {
        if (allows(target)) {
            return;
        }
        if (target == ISSUED) {
            throw notDraft(verb);
        }
        if (this == DRAFT) {
            throw conflict("statement-not-issued", "A draft cannot be " + verb + "; issue it first");
        }
        throw conflict("statement-decided", "The statement is " + this + " already");
    }

    /** Refuses, as a 409 problem, to remove anything but a draft. */
    void requireDiscardable() {
        if (this != DRAFT) {
            throw notDraft("discarded");
        }
    }

    private ProblemException notDraft(String verb) {
        return conflict(
                "statement-not-draft",
                "Only a draft can be " + verb + "; this statement is " + this + ". Corrections are new statements");
    }

    private static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, detail);
    }
}
