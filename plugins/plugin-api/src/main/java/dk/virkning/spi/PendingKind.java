package dk.virkning.spi;

/**
 * What a pending outcome stands for, so that open money can be added up across plugins.
 *
 * @since 1.1
 */
public enum PendingKind {

    /** A fixed payment for an outcome that weeks not yet known will decide (e.g. self-supporting in week 39). */
    OUTCOME_PAYMENT,

    /** Pay that accrues per week and can still grow as more weeks become known (savings, a run of weeks). */
    WEEKLY_PAYMENT,

    /** A bonus on top of what was earned, that weeks not yet known will decide. */
    BONUS,

    /** Not said: a plugin built against API 1.0, which had no kinds. */
    UNSPECIFIED
}
