package dk.virkning.demo;

import dk.virkning.participant.Participant;
import dk.virkning.program.Program;
import dk.virkning.security.CurrentUser;
import dk.virkning.spi.ReferralFacts;
import java.time.LocalDate;

/**
 * How a caseworker works one plugin's model, citizen by citizen, through the platform's casework
 * services: the referral facts, the target group, and everything after the enrollment (team, phases,
 * action plan, activities, follow-ups, WHO-5, course packages, the exit). Deterministic: citizen
 * {@code i} always gets the same story.
 */
interface DemoStory {

    /** The plugin whose model this story follows. */
    String pluginId();

    /** The target group the citizen is enrolled in. */
    String targetGroup(DemoCohort.Citizen citizen);

    /** The facts of citizen {@code i}'s referral. */
    ReferralFacts facts(int i, DemoCohort.Citizen citizen);

    /** The casework after citizen {@code i}'s enrollment. */
    void work(Case c);

    /** One enrolled citizen, and who works on them. */
    record Case(
            CurrentUser seeder,
            Program program,
            String caseworker,
            int index,
            DemoCohort.Citizen citizen,
            Participant participant) {

        LocalDate start() {
            return citizen.start().monday();
        }

        /** The Monday {@code weeks} weeks after the start. */
        LocalDate week(int weeks) {
            return start().plusWeeks(weeks);
        }
    }
}
