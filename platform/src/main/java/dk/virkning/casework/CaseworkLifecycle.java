package dk.virkning.casework;

import dk.virkning.participant.ParticipantEnrolled;
import dk.virkning.participant.ParticipantExited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the casework with the participation, in the same transaction: a refusal here (say,
 * a bad WHO-5 baseline) refuses the enrollment too.
 */
@Component
class CaseworkLifecycle {

    private final Phases phases;
    private final Teams teams;
    private final FollowUps followUps;
    private final Activities activities;
    private final Wellbeing wellbeing;

    CaseworkLifecycle(Phases phases, Teams teams, FollowUps followUps, Activities activities, Wellbeing wellbeing) {
        this.phases = phases;
        this.teams = teams;
        this.followUps = followUps;
        this.activities = activities;
        this.wellbeing = wellbeing;
    }

    @EventListener
    void enrolled(ParticipantEnrolled event) {
        if (event.baseline() != null) {
            Who5 who5 = new Who5(event.baseline().items());
            wellbeing.record(
                    event.participant(),
                    event.baseline().takenOn(),
                    who5,
                    true,
                    event.user().subject());
        }
        phases.start(event.participant(), event.model(), event.user().subject());
        followUps.scheduleStatutory(event.participant());
    }

    @EventListener
    void exited(ParticipantExited event) {
        phases.close(event.participant(), event.on());
        teams.close(event.participant(), event.on());
        activities.cancelOpen(event.participant());
        followUps.cancelOpen(event.participant());
    }
}
