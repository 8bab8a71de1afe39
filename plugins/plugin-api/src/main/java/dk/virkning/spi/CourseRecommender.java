package dk.virkning.spi;

import org.pf4j.ExtensionPoint;

/**
 * Optional: recommends a guidance package and a package course from the referral facts. The
 * caseworker may choose otherwise, giving a reason; the platform records both.
 */
public interface CourseRecommender extends ExtensionPoint {

    /** The plugin id this recommender belongs to, stable across versions. */
    String id();

    /**
     * Recommends a package and a package course.
     *
     * @param context the referral facts
     * @return the recommendation with its reasons
     * @throws RecommendationException when the facts do not allow a recommendation
     */
    Recommendation recommend(RecommendationContext context) throws RecommendationException;
}
