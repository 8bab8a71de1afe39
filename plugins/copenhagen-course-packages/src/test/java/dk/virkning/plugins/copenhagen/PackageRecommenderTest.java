package dk.virkning.plugins.copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.Activity;
import dk.virkning.spi.InterventionModel.GuidancePackage;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.spi.RecommendationException;
import dk.virkning.spi.ReferralFacts;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PackageRecommenderTest {

    private final PackageRecommender recommender = new PackageRecommender();

    @Test
    void seriousIllnessAndReducedCapacityDecideFirst() throws RecommendationException {
        assertThat(recommend(true, false, true, false, false, "MENTAL").packageCode())
                .isEqualTo("P5");
        assertThat(recommend(false, true, false, true, false, "MENTAL").packageCode())
                .isEqualTo("P6");
    }

    @Test
    void complicatedCasesGetAnInterdisciplinaryCourse() throws RecommendationException {
        Recommendation shortCase = recommend(false, false, false, true, false, null);
        assertThat(shortCase)
                .extracting(Recommendation::packageCode, Recommendation::courseCode)
                .containsExactly("P3", "INTERDISCIPLINARY_BASIC");
        Recommendation longCase = recommend(false, false, true, false, true, null);
        assertThat(longCase)
                .extracting(Recommendation::packageCode, Recommendation::courseCode)
                .containsExactly("P4", "INTERDISCIPLINARY_EXTENDED");
    }

    @Test
    void uncomplicatedCasesGetAWorkplaceCourseForTheirBarrier() throws RecommendationException {
        assertThat(recommend(false, false, false, false, false, "MENTAL"))
                .extracting(Recommendation::packageCode, Recommendation::courseCode)
                .containsExactly("P1", "WORKPLACE_MENTAL_BASIC");
        assertThat(recommend(false, false, true, false, false, "PHYSICAL"))
                .extracting(Recommendation::packageCode, Recommendation::courseCode)
                .containsExactly("P2", "WORKPLACE_PHYSICAL_EXTENDED");
    }

    @Test
    void missingFactsAreNamed() {
        assertThatThrownBy(() -> recommender.recommend(new RecommendationContext(ReferralFacts.none())))
                .isInstanceOf(RecommendationException.class)
                .hasMessageContaining("expected duration");
        assertThatThrownBy(() -> recommend(false, false, false, false, false, null))
                .isInstanceOf(RecommendationException.class)
                .hasMessageContaining("primary barrier");
    }

    @Test
    void everyRecommendationNamesAPackageAndCourseOfTheModel() throws RecommendationException {
        InterventionModel model = new CoursePackagesModel().describe();
        Set<String> packages =
                model.guidancePackages().stream().map(GuidancePackage::code).collect(Collectors.toSet());
        for (boolean serious : new boolean[] {true, false}) {
            for (boolean longer : new boolean[] {true, false}) {
                for (boolean social : new boolean[] {true, false}) {
                    Recommendation r = recommend(serious, false, longer, social, false, "PHYSICAL");
                    assertThat(packages).contains(r.packageCode());
                    assertThat(Catalogue.COURSES).contains(r.courseCode());
                }
            }
        }
    }

    @Test
    void theSixPackagesUseOnlyCatalogueActivities() {
        InterventionModel model = new CoursePackagesModel().describe();
        Set<String> catalogue = model.activities().stream().map(Activity::code).collect(Collectors.toSet());
        assertThat(model.guidancePackages())
                .extracting(GuidancePackage::code)
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
        model.guidancePackages().forEach(p -> {
            assertThat(catalogue).containsAll(p.basicActivities()).containsAll(p.supplementaryActivities());
            assertThat(p.basicActivities()).isNotEmpty();
        });
        // Package 1's partial return to work has a deadline of one month
        assertThat(model.activities())
                .filteredOn(a -> a.code().equals("PARTIAL_RETURN_1M"))
                .singleElement()
                .satisfies(a -> assertThat(a.deadlineDays()).isEqualTo(30));
    }

    private Recommendation recommend(
            boolean serious, boolean permanent, boolean longer, boolean social, boolean unclear, String barrier)
            throws RecommendationException {
        return recommender.recommend(new RecommendationContext(
                new ReferralFacts("2", longer, unclear, social, serious, permanent, barrier)));
    }
}
