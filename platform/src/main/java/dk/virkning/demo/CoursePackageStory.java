package dk.virkning.demo;

import dk.virkning.casework.CoursePackages;
import dk.virkning.casework.Teams;
import dk.virkning.participant.ExitReason;
import dk.virkning.participant.Participants;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.ReferralFacts;
import org.springframework.stereotype.Component;

/**
 * Copenhagen's course packages (DOMAIN.md 6.4): referral facts that lead to all six guidance packages,
 * the plugin's recommendation taken in most cases and overridden with a reason in one in eight, the
 * package course started a week in (its basic activities become tasks, with follow-ups every four
 * weeks where the package asks for them) and completed by most; an exit for those back at work.
 */
@Component
class CoursePackageStory implements DemoStory {

    private static final String OVERRIDE_COURSE = "INTERDISCIPLINARY_BASIC";

    private final Participants participants;
    private final Teams teams;
    private final CoursePackages packages;
    private final DemoFollowUps followUps;

    CoursePackageStory(Participants participants, Teams teams, CoursePackages packages, DemoFollowUps followUps) {
        this.participants = participants;
        this.teams = teams;
        this.packages = packages;
        this.followUps = followUps;
    }

    @Override
    public String pluginId() {
        return "copenhagen-course-packages";
    }

    @Override
    public String targetGroup(DemoCohort.Citizen citizen) {
        return "SICKNESS_BENEFIT";
    }

    /** Twelve kinds of case in turn: uncomplicated or complicated, short or long, serious, permanent. */
    @Override
    public ReferralFacts facts(int i, DemoCohort.Citizen citizen) {
        int kind = i % 12;
        boolean longer = kind % 2 == 1;
        boolean complicated = kind == 4 || kind == 5 || kind == 8;
        String category = complicated ? "3" : longer ? "2" : "1";
        return new ReferralFacts(
                category,
                longer,
                complicated && kind != 8,
                kind == 8,
                kind == 10,
                kind == 11,
                kind % 4 < 2 ? "MENTAL" : "PHYSICAL");
    }

    @Override
    public void work(Case c) {
        int i = c.index();
        var id = c.participant().id();
        var program = c.program().id();
        teams.assign(c.seeder(), program, id, "CASEWORKER", c.caseworker(), c.start());
        teams.assign(c.seeder(), program, id, "PROVIDER_CONSULTANT", "koebenhavn-leverandoerkonsulent", c.start());
        Recommendation recommended = packages.get(c.seeder(), program, id).recommended();
        boolean override = i % 8 == 7 && !OVERRIDE_COURSE.equals(recommended.courseCode());
        packages.choose(
                c.seeder(),
                program,
                id,
                recommended.packageCode(),
                override ? OVERRIDE_COURSE : recommended.courseCode(),
                c.week(1),
                override ? "The citizen's GP advises a course with the interdisciplinary team" : null);
        boolean longer = Boolean.TRUE.equals(facts(i, c.citizen()).expectedLongerThanThreeMonths());
        int courseWeeks = longer ? 20 : 10;
        if (i % 6 == 5
                || c.week(courseWeeks)
                        .isAfter(c.citizen()
                                .start()
                                .plusWeeks(c.citizen().weeks().size())
                                .monday())) {
            followUps.holdUntil(c, c.week(8));
            return; // the course is still running: its tasks and follow-ups are on the worklist
        }
        packages.complete(c.seeder(), program, id, c.week(courseWeeks));
        followUps.holdUntil(c, c.week(courseWeeks));
        c.citizen()
                .firstSelfSupporting()
                .filter(k -> k <= courseWeeks + 4)
                .ifPresent(k -> participants.exit(
                        c.seeder(), program, id, c.week(courseWeeks + 4), ExitReason.SELF_SUPPORTING, "Back at work"));
    }
}
