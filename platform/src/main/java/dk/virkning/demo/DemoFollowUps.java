package dk.virkning.demo;

import dk.virkning.casework.FollowUps;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Holds a participant's scheduled follow-ups on their due day, as a caseworker keeping up would. */
@Component
class DemoFollowUps {

    private final FollowUps followUps;

    DemoFollowUps(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** Every follow-up due before {@code until} is held on its due day; later ones stay scheduled. */
    void holdUntil(DemoStory.Case c, LocalDate until) {
        var program = c.program().id();
        var id = c.participant().id();
        for (FollowUps.FollowUp f : followUps.list(c.seeder(), program, id)) {
            if ("SCHEDULED".equals(f.status()) && f.dueOn().isBefore(until)) {
                followUps.complete(c.seeder(), program, id, f.id(), f.dueOn(), "Meeting held");
            }
        }
    }
}
