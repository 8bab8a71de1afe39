package dk.virkning.demo;

import dk.virkning.casework.ActionPlans;
import dk.virkning.casework.Phases;
import dk.virkning.casework.Teams;
import dk.virkning.casework.Wellbeing;
import dk.virkning.participant.ExitReason;
import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEnrolled;
import dk.virkning.participant.Participants;
import dk.virkning.participant.Referral;
import dk.virkning.program.Program;
import dk.virkning.security.CurrentUser;
import dk.virkning.spi.ReferralFacts;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Norddjurs NK1 cohort's casework, as a caseworker would have recorded it: referral and consent,
 * a WHO-5 baseline, the four phases, the job consultant, an action plan for most, a final WHO-5, and
 * the exit after aftercare. Deterministic: citizen {@code i} always gets the same story.
 */
@Component
class DemoCasework {

    static final String CASEWORKER = "norddjurs-caseworker";

    private final Participants participants;
    private final Phases phases;
    private final Teams teams;
    private final ActionPlans plans;
    private final Wellbeing wellbeing;

    DemoCasework(Participants participants, Phases phases, Teams teams, ActionPlans plans, Wellbeing wellbeing) {
        this.participants = participants;
        this.phases = phases;
        this.teams = teams;
        this.plans = plans;
        this.wellbeing = wellbeing;
    }

    void enrollAndWork(CurrentUser seeder, Program program, List<DemoCohort.Citizen> cohort) {
        for (int i = 0; i < cohort.size(); i++) {
            DemoCohort.Citizen c = cohort.get(i);
            LocalDate start = c.start().monday();
            Participant p = participants.enroll(
                    seeder,
                    program.id(),
                    new Participants.Enrollment(
                            c.cpr(),
                            "MENTAL_ILLNESS",
                            c.start(),
                            new Referral(
                                    start.minusDays(7),
                                    new ReferralFacts(
                                            i % 3 == 0 ? "3" : "2",
                                            true,
                                            i % 4 == 0,
                                            i % 5 == 0,
                                            false,
                                            false,
                                            "MENTAL"),
                                    null),
                            start.minusDays(3),
                            new ParticipantEnrolled.Who5Answers(
                                    start.minusDays(7), List.of(2, 2, 1 + i % 2, 2, 1 + i % 3))));
            teams.assign(seeder, program.id(), p.id(), "JOB_CONSULTANT", CASEWORKER, start);
            if (i % 10 != 9) {
                plans.revise(
                        seeder,
                        program.id(),
                        p.id(),
                        new ActionPlans.Content(
                                start.plusDays(10),
                                List.of("Anxiety in the workplace", "Irregular sleep"),
                                List.of(
                                        new ActionPlans.Step(
                                                "Weekly sessions with the psychologist",
                                                "Anxiety in the workplace",
                                                start.plusWeeks(6)),
                                        new ActionPlans.Step(
                                                "Workplace placement, 10 hours a week", null, start.plusWeeks(14)))));
            }
            phases.change(seeder, program.id(), p.id(), "DEVELOPMENT", start.plusWeeks(5));
            phases.change(seeder, program.id(), p.id(), "JOB_MATCH", start.plusWeeks(14));
            if (i % 10 == 0) {
                continue; // still in job match, long past its six weeks: shows on the worklist
            }
            phases.change(seeder, program.id(), p.id(), "AFTERCARE", start.plusWeeks(20));
            int better = i % 5 == 4 ? 0 : 1; // four in five report higher well-being
            wellbeing.record(
                    seeder,
                    program.id(),
                    p.id(),
                    start.plusWeeks(24),
                    List.of(2 + better, 2 + better, 1 + i % 2 + better, 2, 1 + i % 3),
                    false);
            participants.exit(
                    seeder, program.id(), p.id(), start.plusWeeks(26), ExitReason.COURSE_COMPLETED, "Aftercare done");
        }
    }
}
