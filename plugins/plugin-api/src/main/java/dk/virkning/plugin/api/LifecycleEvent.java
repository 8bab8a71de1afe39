package dk.virkning.plugin.api;

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

    /** Validates the required fields. */
    public LifecycleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        detail = detail == null ? "" : detail;
    }
}
