package dk.virkning.spi;

/**
 * The canonical status of one person in one ISO week. A municipality's register codes are mapped to
 * these by the platform; plugins only ever see canonical statuses.
 */
public enum WeeklyStatus {
    SELF_SUPPORTING,
    SICKNESS_BENEFIT,
    JOB_CLARIFICATION,
    RESOURCE_COURSE,
    UNEMPLOYMENT_BENEFIT,
    CASH_BENEFIT,
    FLEX_JOB,
    REVALIDATION,
    DISABILITY_PENSION,
    EDUCATION,
    OTHER_BENEFIT,
    /** No data is known for the week (outside every import's coverage, or beyond the settlement horizon). */
    UNKNOWN;

    /** A benefit week is any status other than self-supporting, education and unknown. */
    public boolean isBenefitWeek() {
        return this != SELF_SUPPORTING && this != EDUCATION && this != UNKNOWN;
    }
}
