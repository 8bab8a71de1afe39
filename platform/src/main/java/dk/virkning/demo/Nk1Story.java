package dk.virkning.demo;

import dk.virkning.casework.ActionPlans;
import dk.virkning.casework.Phases;
import dk.virkning.casework.Teams;
import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.ExitReason;
import dk.virkning.participant.Participants;
import dk.virkning.spi.ReferralFacts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Norddjurs NK1 (DOMAIN.md 6.3): the job consultant, an action plan for most, the four phases, a
 * final WHO-5 (four in five report higher well-being) and the exit after aftercare; one in ten is
 * still in job match, long past its six weeks, and shows on the worklist.
 */
@Component
class Nk1Story implements DemoStory {

    private final Participants participants;
    private final Phases phases;
    private final Teams teams;
    private final ActionPlans plans;
    private final Wellbeing wellbeing;
    private final DemoFollowUps followUps;

    Nk1Story(
            Participants participants,
            Phases phases,
            Teams teams,
            ActionPlans plans,
            Wellbeing wellbeing,
            DemoFollowUps followUps) {
        this.participants = participants;
        this.phases = phases;
        this.teams = teams;
        this.plans = plans;
        this.wellbeing = wellbeing;
        this.followUps = followUps;
    }

    @Override
    public String pluginId() {
        return "sundinvest-nk1";
    }

    @Override
    public String targetGroup(DemoCohort.Citizen citizen) {
        return "MENTAL_ILLNESS";
    }

    @Override
    public ReferralFacts facts(int i, DemoCohort.Citizen citizen) {
        return new ReferralFacts(i % 3 == 0 ? "3" : "2", true, i % 4 == 0, i % 5 == 0, false, false, "MENTAL");
    }

    @Override
    public void work(Case c) {
        int i = c.index();
        var id = c.participant().id();
        var program = c.program().id();
        teams.assign(c.seeder(), program, id, "JOB_CONSULTANT", c.caseworker(), c.start());
        if (i % 10 != 9) {
            plans.revise(
                    c.seeder(),
                    program,
                    id,
                    new ActionPlans.Content(
                            c.start().plusDays(10),
                            List.of("Anxiety in the workplace", "Irregular sleep"),
                            List.of(
                                    new ActionPlans.Step(
                                            "Weekly sessions with the psychologist",
                                            "Anxiety in the workplace",
                                            c.week(6)),
                                    new ActionPlans.Step("Workplace placement, 10 hours a week", null, c.week(14)))));
        }
        phases.change(c.seeder(), program, id, "DEVELOPMENT", c.week(5));
        phases.change(c.seeder(), program, id, "JOB_MATCH", c.week(14));
        if (i % 10 == 0) {
            followUps.holdUntil(c, c.week(12));
            return; // still in job match, long past its six weeks: shows on the worklist
        }
        phases.change(c.seeder(), program, id, "AFTERCARE", c.week(20));
        int better = i % 5 == 4 ? 0 : 1;
        wellbeing.record(
                c.seeder(),
                program,
                id,
                c.week(24),
                List.of(2 + better, 2 + better, 1 + i % 2 + better, 2, 1 + i % 3),
                false);
        followUps.holdUntil(c, c.week(26));
        participants.exit(c.seeder(), program, id, c.week(26), ExitReason.COURSE_COMPLETED, "Aftercare done");
    }
}
