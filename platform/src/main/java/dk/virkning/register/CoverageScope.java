package dk.virkning.register;

/** Whom an import covers (DOMAIN.md 4). */
public enum CoverageScope {
    /**
     * Every participant enrolled when the import ran: what imports meant before per-person coverage
     * (issue 13). Kept for those imports so that their reports still say what they did.
     */
    PROGRAM,
    /** Exactly the persons the file lists. */
    LISTED
}
