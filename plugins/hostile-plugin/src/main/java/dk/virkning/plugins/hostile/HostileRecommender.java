package dk.virkning.plugins.hostile;

import dk.virkning.spi.CourseRecommender;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.spi.ReferralFacts;
import org.pf4j.Extension;

/**
 * The course recommender attacks by the referral's facts: the visitation category names the
 * behaviour (e.g. {@code READ_FILE}), the primary barrier carries its argument (a path, {@code
 * host:port}, a count or megabytes). What it finds goes into the recommendation's reason.
 */
@Extension
public class HostileRecommender implements CourseRecommender {

    @Override
    public String id() {
        return HostileModel.ID;
    }

    @Override
    public Recommendation recommend(RecommendationContext context) {
        ReferralFacts referral = context.referral();
        Behaviour behaviour = Behaviour.of(referral.visitationCategory());
        String reason =
                switch (behaviour) {
                    case BEHAVE, HUGE_LINES -> "behaved";
                    case HUGE_TEXT -> "x".repeat(100 * Attacks.MEGABYTE);
                    default -> Attacks.perform(behaviour, referral.primaryBarrier());
                };
        return new Recommendation(HostileModel.PACKAGE, HostileModel.COURSE, reason);
    }
}
