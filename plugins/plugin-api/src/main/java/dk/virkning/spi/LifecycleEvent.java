package dk.virkning.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a participant that a contract may price: a phase change, a package
 * course started or completed, an action plan, an exit.
 *
 * @param type the event type, e.g. {@code PHASE_CHANGED}, {@code ACTION_PLAN_CREATED}, {@code EXITED}
 * @param date the day it happened
 * @param detail the event's detail, e.g. the new phase code; may be empty
 */
public record LifecycleEvent(String type, LocalDate date, String detail) {

    /** The participant moved to a phase; the detail is the phase code. */
    public static final String PHASE_CHANGED = "PHASE_CHANGED";

    /** An action plan was made or revised; the detail is its version. */
    public static final String ACTION_PLAN_CREATED = "ACTION_PLAN_CREATED";

    /** A package course started; the detail is {@code COURSE_CODE|PACKAGE_CODE}. */
    public static final String PACKAGE_COURSE_STARTED = "PACKAGE_COURSE_STARTED";

    /** A package course was completed; the detail is the course code. */
    public static final String PACKAGE_COURSE_COMPLETED = "PACKAGE_COURSE_COMPLETED";

    /** The participant left the program; the detail is the reason. */
    public static final String EXITED = "EXITED";

    /** Validates the required fields. */
    public LifecycleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        detail = detail == null ? "" : detail;
    }
}
