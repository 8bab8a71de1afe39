package dk.virkning.spi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to a participant that a contract may price: a phase change, a package
 * course started or completed, an action plan, an exit.
 *
 * <p>Read an event's facts from its {@link #attributes()}, never by parsing {@link #detail()}: e.g.
 * a {@link #PACKAGE_COURSE_STARTED} event has the attributes {@link #COURSE} and {@link #PACKAGE}.
 *
 * @param type the event type, e.g. {@code PHASE_CHANGED}, {@code ACTION_PLAN_CREATED}, {@code EXITED}
 * @param date the day it happened
 * @param detail the event's detail as the platform records it (and the input snapshot keeps it); may
 *     be empty
 * @param attributes the event's facts by name, e.g. {@code course} and {@code package}; never null
 */
public record LifecycleEvent(String type, LocalDate date, String detail, Map<String, String> attributes) {

    /** The participant moved to a phase; attribute {@link #PHASE}. */
    public static final String PHASE_CHANGED = "PHASE_CHANGED";

    /** An action plan was made or revised; attribute {@link #VERSION}. */
    public static final String ACTION_PLAN_CREATED = "ACTION_PLAN_CREATED";

    /** A package course started; attributes {@link #COURSE} and {@link #PACKAGE}. */
    public static final String PACKAGE_COURSE_STARTED = "PACKAGE_COURSE_STARTED";

    /** A package course was completed; attribute {@link #COURSE}. */
    public static final String PACKAGE_COURSE_COMPLETED = "PACKAGE_COURSE_COMPLETED";

    /** The participant left the program; attribute {@link #REASON}. */
    public static final String EXITED = "EXITED";

    /** Attribute: the phase code of a phase change. */
    public static final String PHASE = "phase";

    /** Attribute: the version of an action plan. */
    public static final String VERSION = "version";

    /** Attribute: the package course code. */
    public static final String COURSE = "course";

    /** Attribute: the guidance package code. */
    public static final String PACKAGE = "package";

    /** Attribute: the reason of an exit. */
    public static final String REASON = "reason";

    /** Validates the required fields. */
    public LifecycleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        detail = detail == null ? "" : detail;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * An event as the platform records it, with its attributes read from its detail in the one place
     * that knows the recorded forms (a package course start is recorded as {@code COURSE|PACKAGE}).
     */
    public LifecycleEvent(String type, LocalDate date, String detail) {
        this(type, date, detail, attributesOf(type, detail == null ? "" : detail));
    }

    /** The attribute of this name, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    private static Map<String, String> attributesOf(String type, String detail) {
        if (detail.isEmpty()) {
            return Map.of();
        }
        return switch (type) {
            case PACKAGE_COURSE_STARTED -> {
                int bar = detail.indexOf('|');
                yield bar < 0
                        ? Map.of(COURSE, detail)
                        : Map.of(COURSE, detail.substring(0, bar), PACKAGE, detail.substring(bar + 1));
            }
            case PACKAGE_COURSE_COMPLETED -> Map.of(COURSE, detail);
            case PHASE_CHANGED -> Map.of(PHASE, detail);
            case ACTION_PLAN_CREATED -> Map.of(VERSION, detail);
            case EXITED -> Map.of(REASON, detail);
            default -> Map.of();
        };
    }
}
