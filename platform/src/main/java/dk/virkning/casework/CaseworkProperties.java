package dk.virkning.casework;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory follow-up rule (sygedagpengeloven § 13 b): for the listed visitation categories, at
 * least {@code meetings} follow-ups in the first {@code windowWeeks} weeks, the first by the end of
 * week {@code firstByWeek}. Data, not code: the categories change by law.
 *
 * @param statutoryFollowUpCategories visitation categories the rule applies to
 * @param meetings how many follow-ups
 * @param firstByWeek the week by whose end the first must be held
 * @param windowWeeks the window the follow-ups are spread over
 */
@ConfigurationProperties("virkning.casework")
public record CaseworkProperties(
        List<String> statutoryFollowUpCategories, Integer meetings, Integer firstByWeek, Integer windowWeeks) {

    /** Defaults from § 13 b: categories 2 and 3, 4 meetings in 26 weeks, the first by week 8. */
    public CaseworkProperties {
        statutoryFollowUpCategories =
                statutoryFollowUpCategories == null ? List.of("2", "3") : List.copyOf(statutoryFollowUpCategories);
        meetings = meetings == null ? 4 : meetings;
        firstByWeek = firstByWeek == null ? 8 : firstByWeek;
        windowWeeks = windowWeeks == null ? 26 : windowWeeks;
    }
}
