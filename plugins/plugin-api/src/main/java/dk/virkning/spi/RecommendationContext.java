package dk.virkning.spi;

import java.util.Objects;

/**
 * What a course recommender gets: the facts recorded when the citizen was referred.
 *
 * @param referral the facts recorded at referral
 */
public record RecommendationContext(ReferralFacts referral) {

    /** Validates the required fields. */
    public RecommendationContext {
        Objects.requireNonNull(referral, "referral");
    }
}
