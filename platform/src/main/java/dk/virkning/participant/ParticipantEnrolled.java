package dk.virkning.participant;

import dk.virkning.security.CurrentUser;
import dk.virkning.spi.InterventionModel;
import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the enrollment's transaction, so that the casework can start the first phase,
 * schedule the statutory follow-ups and keep the WHO-5 baseline; a refusal there rolls back the
 * enrollment too.
 *
 * @param participant the new participant
 * @param model the program's intervention model
 * @param user who enrolled
 * @param baseline the WHO-5 baseline given at referral, or {@code null}
 */
public record ParticipantEnrolled(
        Participant participant, InterventionModel model, CurrentUser user, Who5Answers baseline) {

    /**
     * WHO-5 answers.
     *
     * @param takenOn the day they were given
     * @param items the five answers, each 0 to 5
     */
    public record Who5Answers(LocalDate takenOn, List<Integer> items) {}
}
