package dk.virkning.participant;

/** Why a participation ended. */
public enum ExitReason {
    SELF_SUPPORTING,
    EDUCATION,
    OTHER_BENEFIT,
    COURSE_COMPLETED,
    CONSENT_WITHDRAWN,
    MOVED,
    DECEASED,
    OTHER
}
