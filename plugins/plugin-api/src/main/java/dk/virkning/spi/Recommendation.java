package dk.virkning.spi;

import java.util.Objects;

/**
 * A recommended guidance package and package course.
 *
 * @param packageCode the guidance package, e.g. {@code P3}
 * @param courseCode the package course, e.g. {@code INTERDISCIPLINARY_BASIC}
 * @param reason why, in words a caseworker can check against the facts
 */
public record Recommendation(String packageCode, String courseCode, String reason) {

    /** Validates the required fields. */
    public Recommendation {
        Objects.requireNonNull(packageCode, "packageCode");
        Objects.requireNonNull(courseCode, "courseCode");
        reason = reason == null ? "" : reason;
    }
}
