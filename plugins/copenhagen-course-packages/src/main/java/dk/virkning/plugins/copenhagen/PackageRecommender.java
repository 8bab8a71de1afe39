package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.CourseRecommender;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.spi.RecommendationException;
import dk.virkning.spi.ReferralFacts;
import org.pf4j.Extension;

/**
 * Recommends a guidance package and package course from the referral facts (DOMAIN.md 6.4). Serious
 * illness and permanently reduced capacity decide first; then whether the case is complicated
 * (health unclear or social problems) and whether it is expected to last beyond three months. The
 * intervention area follows the primary barrier for workplace courses; the intensity is extended for
 * long and serious cases (our reading of "Basis" being for those closest to the labour market).
 */
@Extension
public class PackageRecommender implements CourseRecommender {

    @Override
    public String id() {
        return CoursePackagesModel.ID;
    }

    @Override
    public Recommendation recommend(RecommendationContext context) throws RecommendationException {
        ReferralFacts facts = context.referral();
        if (Boolean.TRUE.equals(facts.seriousIllness())) {
            return new Recommendation("P5", "INTERDISCIPLINARY_EXTENDED", "serious illness on the diagnosis list");
        }
        if (Boolean.TRUE.equals(facts.permanentlyReducedCapacity())) {
            return new Recommendation(
                    "P6", "INTERDISCIPLINARY_EXTENDED", "indication of permanently reduced work capacity");
        }
        Boolean longer = facts.expectedLongerThanThreeMonths();
        if (longer == null) {
            throw new RecommendationException("the expected duration (within or beyond 3 months) is not recorded");
        }
        String intensity = longer ? "EXTENDED" : "BASIC";
        String duration = longer ? "expected beyond 3 months" : "expected within 3 months";
        if (Boolean.TRUE.equals(facts.healthUnclear()) || Boolean.TRUE.equals(facts.socialProblems())) {
            return new Recommendation(
                    longer ? "P4" : "P3",
                    "INTERDISCIPLINARY_" + intensity,
                    "complicated (unclear health or social problems), " + duration);
        }
        String barrier = facts.primaryBarrier();
        if (!"MENTAL".equals(barrier) && !"PHYSICAL".equals(barrier)) {
            throw new RecommendationException("the primary barrier (MENTAL or PHYSICAL) is not recorded");
        }
        return new Recommendation(
                longer ? "P2" : "P1",
                "WORKPLACE_" + barrier + "_" + intensity,
                "uncomplicated, " + duration + ", primary barrier " + barrier.toLowerCase());
    }
}
