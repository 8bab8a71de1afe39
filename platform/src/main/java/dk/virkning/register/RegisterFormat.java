package dk.virkning.register;

/** The shapes of a register file. */
public enum RegisterFormat {
    /** Header {@code cpr,week,code}; one row per person-week with a code. */
    LONG,
    /** The register's own shape: one row per person, one {@code y_YYWW} column per week. */
    WIDE
}
