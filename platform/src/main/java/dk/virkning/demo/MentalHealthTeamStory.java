package dk.virkning.demo;

import dk.virkning.casework.ActionPlans;
import dk.virkning.casework.Activities;
import dk.virkning.casework.Phases;
import dk.virkning.casework.Teams;
import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.ExitReason;
import dk.virkning.participant.Participants;
import dk.virkning.spi.ReferralFacts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Holbæk's interdisciplinary team (DOMAIN.md 6.2): the fixed team in its five roles, an action plan,
 * team meetings and psychological treatment, 26 weeks of intervention, 13 of aftercare, WHO-5 at the
 * referral, at the move to aftercare and at the end, then the exit. One in twelve is still in the
 * intervention, past its 26 weeks, and shows on the worklist.
 */
@Component
class MentalHealthTeamStory implements DemoStory {

    /** The team's other members (the coordinating caseworker is the municipality's caseworker). */
    private static final Map<String, String> TEAM = Map.of(
            "COMPANY_CONSULTANT", "holbaek-virksomhedskonsulent",
            "PSYCHOLOGIST", "holbaek-psykolog",
            "OCCUPATIONAL_THERAPIST", "holbaek-ergoterapeut",
            "PROJECT_LEAD", "holbaek-projektleder");

    private final Participants participants;
    private final Phases phases;
    private final Teams teams;
    private final ActionPlans plans;
    private final Activities activities;
    private final Wellbeing wellbeing;
    private final DemoFollowUps followUps;

    MentalHealthTeamStory(
            Participants participants,
            Phases phases,
            Teams teams,
            ActionPlans plans,
            Activities activities,
            Wellbeing wellbeing,
            DemoFollowUps followUps) {
        this.participants = participants;
        this.phases = phases;
        this.teams = teams;
        this.plans = plans;
        this.activities = activities;
        this.wellbeing = wellbeing;
        this.followUps = followUps;
    }

    @Override
    public String pluginId() {
        return "dsi-mental-health-team";
    }

    @Override
    public String targetGroup(DemoCohort.Citizen citizen) {
        return "PSYCHOLOGICALLY_VULNERABLE";
    }

    @Override
    public ReferralFacts facts(int i, DemoCohort.Citizen citizen) {
        return new ReferralFacts(i % 2 == 0 ? "3" : "2", true, i % 3 == 0, i % 4 == 0, false, false, "MENTAL");
    }

    @Override
    public void work(Case c) {
        int i = c.index();
        var id = c.participant().id();
        var program = c.program().id();
        teams.assign(c.seeder(), program, id, "COORDINATING_CASEWORKER", c.caseworker(), c.start());
        TEAM.forEach((role, member) -> teams.assign(c.seeder(), program, id, role, member, c.start()));
        plans.revise(
                c.seeder(),
                program,
                id,
                new ActionPlans.Content(
                        c.week(2),
                        List.of("Stress and anxiety", "Uncertain work capacity"),
                        List.of(
                                new ActionPlans.Step(
                                        "Ten sessions with the team's psychologist", "Stress and anxiety", c.week(12)),
                                new ActionPlans.Step(
                                        "Work trial with the company consultant, 8 hours a week",
                                        "Uncertain work capacity",
                                        c.week(18)))));
        var meeting = activities.plan(c.seeder(), program, id, "TEAM_MEETING", c.week(1), "Start meeting");
        activities.complete(c.seeder(), program, id, meeting.id(), c.week(1), null);
        var treatment = activities.plan(c.seeder(), program, id, "PSYCHOLOGICAL_TREATMENT", c.week(3), null);
        if (i % 12 == 0) {
            followUps.holdUntil(c, c.week(14));
            return; // still in the intervention, past its 26 weeks: shows on the worklist
        }
        activities.complete(c.seeder(), program, id, treatment.id(), c.week(16), "Ten sessions");
        int better = i % 4 == 3 ? 0 : 1;
        wellbeing.record(c.seeder(), program, id, c.week(26), List.of(2 + better, 2, 2 + better, 2, 1 + i % 3), false);
        phases.change(c.seeder(), program, id, "AFTERCARE", c.week(26));
        activities.plan(c.seeder(), program, id, "AFTERCARE_CALL", c.week(30), null);
        wellbeing.record(
                c.seeder(), program, id, c.week(38), List.of(2 + better, 3, 2 + better, 2 + better, 1 + i % 3), false);
        followUps.holdUntil(c, c.week(39));
        participants.exit(c.seeder(), program, id, c.week(39), ExitReason.COURSE_COMPLETED, "Aftercare done");
    }
}
