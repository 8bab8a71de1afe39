package dk.virkning.casework;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.Recommendation;

/**
 * Whether a course recommender's answer fits the contract before anything of it is shown or stored:
 * a package and a package course of the plugin's own model, a reason of bounded length (it may be
 * empty), and no control characters. The recommender is provider code, so its answer is untrusted input like any other.
 */
final class RecommendationCheck {

    static final int MAX_COURSE_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 1000;

    private RecommendationCheck() {}

    static boolean fits(InterventionModel model, Recommendation recommendation) {
        if (recommendation == null) {
            return false;
        }
        boolean known = model.guidancePackages().stream().anyMatch(p -> p.code().equals(recommendation.packageCode()));
        boolean course = model.packageCourses().contains(recommendation.courseCode());
        return known
                && course
                && text(recommendation.courseCode(), MAX_COURSE_LENGTH)
                && text(recommendation.reason(), MAX_REASON_LENGTH);
    }

    private static boolean text(String text, int max) {
        return text != null && text.length() <= max && text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f);
    }
}
