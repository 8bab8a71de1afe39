package dk.virkning.demo;

import dk.virkning.casework.ActionPlans;
import dk.virkning.casework.Activities;
import dk.virkning.casework.Teams;
import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.ExitReason;
import dk.virkning.participant.Participants;
import dk.virkning.spi.ReferralFacts;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Hedensted's job coach course (DOMAIN.md 6.1): one fixed coach (one in eight changes coach, which is
 * recorded), an action plan, coach meetings and workplace contact, WHO-5 at the start and after half a
 * year, and an exit once the citizen has been self-supporting for a quarter; the others stay with their
 * coach for the two years.
 */
@Component
class JobCoachStory implements DemoStory {

    private final Participants participants;
    private final Teams teams;
    private final ActionPlans plans;
    private final Activities activities;
    private final Wellbeing wellbeing;
    private final DemoFollowUps followUps;

    JobCoachStory(
            Participants participants,
            Teams teams,
            ActionPlans plans,
            Activities activities,
            Wellbeing wellbeing,
            DemoFollowUps followUps) {
        this.participants = participants;
        this.teams = teams;
        this.plans = plans;
        this.activities = activities;
        this.wellbeing = wellbeing;
        this.followUps = followUps;
    }

    @Override
    public String pluginId() {
        return "marselisborg-jobcoach";
    }

    @Override
    public String targetGroup(DemoCohort.Citizen citizen) {
        return citizen.benefit().name();
    }

    @Override
    public ReferralFacts facts(int i, DemoCohort.Citizen citizen) {
        return new ReferralFacts(i % 4 == 0 ? "3" : "2", true, i % 3 == 0, i % 7 == 0, false, false, "MENTAL");
    }

    @Override
    public void work(Case c) {
        int i = c.index();
        var id = c.participant().id();
        var program = c.program().id();
        teams.assign(c.seeder(), program, id, "JOB_COACH", c.caseworker(), c.start());
        if (i % 8 == 3) {
            teams.assign(c.seeder(), program, id, "JOB_COACH", "hedensted-jobcoach-2", c.week(10));
        }
        plans.revise(
                c.seeder(),
                program,
                id,
                new ActionPlans.Content(
                        c.week(1),
                        List.of("Fear of relapse", "Lost contact with the workplace"),
                        List.of(
                                new ActionPlans.Step("Weekly meeting with the job coach", "Fear of relapse", c.week(4)),
                                new ActionPlans.Step(
                                        "Gradual return, 15 hours a week",
                                        "Lost contact with the workplace",
                                        c.week(12)))));
        var meeting = activities.plan(c.seeder(), program, id, "COACH_MEETING", c.week(1), "First meeting");
        activities.complete(c.seeder(), program, id, meeting.id(), c.week(1), null);
        Optional<Integer> recovered = c.citizen().firstSelfSupporting();
        var contact = activities.plan(c.seeder(), program, id, "WORKPLACE_CONTACT", c.week(6), null);
        if (recovered.isPresent()) {
            activities.complete(c.seeder(), program, id, contact.id(), c.week(Math.max(6, recovered.get() - 2)), null);
        }
        int exitWeek = recovered.map(k -> k + 13).orElse(Integer.MAX_VALUE);
        wellbeing.record(
                c.seeder(),
                program,
                id,
                c.week(Math.min(26, exitWeek)),
                List.of(2 + i % 3, 3, 2 + i % 2, 2 + (recovered.isPresent() ? 1 : 0), 2),
                false);
        if (exitWeek < c.citizen().weeks().size()) {
            followUps.holdUntil(c, c.week(exitWeek));
            participants.exit(
                    c.seeder(),
                    program,
                    id,
                    c.week(exitWeek),
                    ExitReason.SELF_SUPPORTING,
                    "Back at work for a quarter");
        } else {
            followUps.holdUntil(c, c.week(i % 5 == 0 ? 10 : 26));
        }
    }
}
