package dk.virkning.demo;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEnrolled;
import dk.virkning.participant.Participants;
import dk.virkning.participant.Referral;
import dk.virkning.program.Program;
import dk.virkning.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A demo cohort's casework, as a caseworker would have recorded it: the referral a week before the
 * start, consent a few days later and a WHO-5 baseline with the enrollment, then the plugin's own
 * {@link DemoStory}. Everything goes through the services the API uses.
 *
 * <p>A whole cohort is one transaction (all or nothing), unlike the API's one call per transaction;
 * so after each citizen the persistence context is flushed and cleared, or every later query would
 * first dirty-check all the citizens before it, and seeding would grow with the square of the cohort.
 */
@Component
class DemoCasework {

    private final Participants participants;
    private final Map<String, DemoStory> stories;
    private final EntityManager entityManager;

    DemoCasework(Participants participants, List<DemoStory> stories, EntityManager entityManager) {
        this.participants = participants;
        this.entityManager = entityManager;
        this.stories = stories.stream().collect(Collectors.toMap(DemoStory::pluginId, Function.identity()));
    }

    boolean knows(String pluginId) {
        return stories.containsKey(pluginId);
    }

    void enrollAndWork(CurrentUser seeder, DemoProgram demo, Program program, List<DemoCohort.Citizen> cohort) {
        DemoStory story = stories.get(demo.pluginId());
        for (int i = 0; i < cohort.size(); i++) {
            DemoCohort.Citizen c = cohort.get(i);
            LocalDate start = c.start().monday();
            Participant p = participants.enroll(
                    seeder,
                    program.id(),
                    new Participants.Enrollment(
                            c.cpr(),
                            story.targetGroup(c),
                            c.start(),
                            new Referral(start.minusDays(7), story.facts(i, c), null),
                            start.minusDays(3),
                            new ParticipantEnrolled.Who5Answers(
                                    start.minusDays(7), List.of(2, 2, 1 + i % 2, 2, 1 + i % 3))));
            story.work(new DemoStory.Case(seeder, program, demo.caseworker(), i, c, p));
            entityManager.flush();
            entityManager.clear();
        }
    }
}
