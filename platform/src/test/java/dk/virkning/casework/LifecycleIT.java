package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.EffectGoalsApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.ActionPlanCreate;
import dk.virkning.client.model.ActionPlanStep;
import dk.virkning.client.model.ActivityRecord;
import dk.virkning.client.model.Completion;
import dk.virkning.client.model.CoursePackage;
import dk.virkning.client.model.CoursePackageChoice;
import dk.virkning.client.model.EffectGoalDashboard;
import dk.virkning.client.model.EffectGoalStatus;
import dk.virkning.client.model.ExitCreate;
import dk.virkning.client.model.ExitReason;
import dk.virkning.client.model.FollowUp;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.PhaseChange;
import dk.virkning.client.model.PhaseRecord;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.TeamAssignment;
import dk.virkning.client.model.TeamAssignmentCreate;
import dk.virkning.client.model.TimelineEntry;
import dk.virkning.client.model.Who5Create;
import dk.virkning.client.model.Who5Measurement;
import dk.virkning.client.model.WorklistItem;
import dk.virkning.security.Role;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each of the four programs walked through its lifecycle by a caseworker, through the API. */
class LifecycleIT extends CaseworkSupport {

    @Test
    void norddjursNk1FromReferralThroughFourPhasesToExitWithItsEffectGoals() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        String cw = tokens.caseworker(m);
        ParticipantsApi participants = new ParticipantsApi(client(cw));

        // Referral with a WHO-5 baseline of raw 10 (score 40); category 2, so § 13 b applies.
        Participant anna = participants.enrollParticipant(
                m,
                program.getId(),
                Scenario.consenting()
                        .cpr("0101901111")
                        .targetGroup("MENTAL_ILLNESS")
                        .startWeek("2024-W01")
                        .who5AtReferral(new Who5Create()
                                .takenOn(LocalDate.of(2023, 12, 20))
                                .items(List.of(2, 2, 2, 2, 2))
                                .atReferral(true)));
        Participant bo = participants.enrollParticipant(
                m,
                program.getId(),
                Scenario.consenting()
                        .cpr("0202902222")
                        .targetGroup("MENTAL_ILLNESS")
                        .startWeek("2024-W01")
                        .who5AtReferral(new Who5Create()
                                .takenOn(LocalDate.of(2023, 12, 20))
                                .items(List.of(3, 3, 3, 3, 3))
                                .atReferral(true)));
        assertThat(anna.getStatus()).isEqualTo(Participant.StatusEnum.ACTIVE);
        assertThat(anna.getConsent().getGivenOn()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(anna.getConsent().getRecordedBy()).isEqualTo(m + "-caseworker");
        assertThat(anna.getCurrentPhase().getPhase()).isEqualTo("ASSESSMENT");
        assertThat(anna.getCurrentPhase().getDueBy()).isEqualTo(LocalDate.of(2024, 2, 11)); // 6 weeks

        // § 13 b: four follow-ups in the first half-year, the first by the end of week 8.
        List<FollowUp> followUps = new ActivitiesApi(client(cw)).listFollowUps(m, program.getId(), anna.getId());
        assertThat(followUps)
                .extracting(FollowUp::getDueOn)
                .containsExactly(
                        LocalDate.of(2024, 2, 25),
                        LocalDate.of(2024, 4, 7),
                        LocalDate.of(2024, 5, 19),
                        LocalDate.of(2024, 6, 30));
        assertThat(followUps).allSatisfy(f -> assertThat(f.getRule()).isEqualTo(FollowUp.RuleEnum.STATUTORY_13_B));
        FollowUp held = new ActivitiesApi(client(cw))
                .completeFollowUp(
                        m,
                        program.getId(),
                        anna.getId(),
                        followUps.get(0).getId(),
                        new Completion().on(LocalDate.of(2024, 2, 20)).note("by phone"));
        assertThat(held.getStatus()).isEqualTo(FollowUp.StatusEnum.HELD);

        // The team, and an action plan that is revised: both versions stay.
        new TeamApi(client(cw))
                .assignTeamMember(
                        m,
                        program.getId(),
                        anna.getId(),
                        new TeamAssignmentCreate()
                                .role("JOB_CONSULTANT")
                                .member("anne-jc")
                                .from(PROGRAM_START));
        ActionPlansApi plans = new ActionPlansApi(client(cw));
        plans.reviseActionPlan(
                m,
                program.getId(),
                anna.getId(),
                new ActionPlanCreate()
                        .barriers(List.of("Anxiety"))
                        .steps(List.of(
                                new ActionPlanStep().description("Psychologist").barrier("Anxiety"))));
        plans.reviseActionPlan(
                m,
                program.getId(),
                anna.getId(),
                new ActionPlanCreate()
                        .barriers(List.of("Anxiety", "Sleep"))
                        .steps(List.of(
                                new ActionPlanStep().description("Psychologist"),
                                new ActionPlanStep().description("Sleep clinic").dueOn(LocalDate.of(2024, 3, 1)))));
        assertThat(plans.listActionPlans(m, program.getId(), anna.getId()))
                .extracting(p -> p.getVersion() + ":" + p.getBarriers())
                .containsExactly("2:[Anxiety, Sleep]", "1:[Anxiety]");

        // The four phases in order.
        PhasesApi phases = new PhasesApi(client(cw));
        phases.changePhase(m, program.getId(), anna.getId(), change("DEVELOPMENT", 2024, 2, 5));
        phases.changePhase(m, program.getId(), anna.getId(), change("JOB_MATCH", 2024, 4, 8));
        phases.changePhase(m, program.getId(), anna.getId(), change("AFTERCARE", 2024, 5, 13));
        List<PhaseRecord> history = phases.listPhases(m, program.getId(), anna.getId());
        assertThat(history)
                .extracting(p -> p.getPhase() + " " + p.getStartedOn() + ".." + p.getEndedOn() + " " + p.getOverdue())
                .containsExactly(
                        "ASSESSMENT 2024-01-01..2024-02-05 false", // due by 2024-02-11 (6 weeks)
                        "DEVELOPMENT 2024-02-05..2024-04-08 false", // due by 2024-04-14 (10 weeks)
                        "JOB_MATCH 2024-04-08..2024-05-13 false", // due by 2024-05-19 (6 weeks)
                        "AFTERCARE 2024-05-13..null true"); // due by 2024-06-09 (4 weeks), still open

        // Well-being at the end: Anna higher than at referral, Bo lower.
        new WellbeingApi(client(cw))
                .recordWho5(
                        m,
                        program.getId(),
                        anna.getId(),
                        new Who5Create().takenOn(LocalDate.of(2024, 6, 24)).items(List.of(3, 3, 3, 3, 3)));
        Who5Measurement boLater = new WellbeingApi(client(cw))
                .recordWho5(
                        m,
                        program.getId(),
                        bo.getId(),
                        new Who5Create().takenOn(LocalDate.of(2024, 6, 24)).items(List.of(2, 2, 2, 2, 2)));
        assertThat(boLater.getRaw()).isEqualTo(10);
        assertThat(boLater.getScore()).isEqualTo(40);
        assertThat(boLater.getPoorWellBeing()).isTrue();

        // Register: Anna off sickness benefit from k = 4, Bo on it throughout.
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 52; w++) {
            csv.append(String.format("0202902222,2024-W%02d,SICKNESS_BENEFIT%n", w));
            if (w <= 4) {
                csv.append(String.format("0101901111,2024-W%02d,SICKNESS_BENEFIT%n", w));
            }
        }
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W52", csv.toString());

        Participant exited = participants.exitParticipant(
                m,
                program.getId(),
                anna.getId(),
                new ExitCreate().exitedOn(LocalDate.of(2024, 6, 28)).reason(ExitReason.SELF_SUPPORTING));
        assertThat(exited.getStatus()).isEqualTo(Participant.StatusEnum.EXITED);
        assertThat(exited.getCurrentPhase()).isNull();
        assertThat(new ActivitiesApi(client(cw)).listFollowUps(m, program.getId(), anna.getId()))
                .extracting(FollowUp::getStatus)
                .containsExactly(
                        FollowUp.StatusEnum.HELD,
                        FollowUp.StatusEnum.CANCELLED,
                        FollowUp.StatusEnum.CANCELLED,
                        FollowUp.StatusEnum.CANCELLED);

        // The dashboard: G1 and G4 read the action plans and WHO-5; G2 and G3 the register.
        EffectGoalDashboard dashboard =
                new EffectGoalsApi(client(tokens.admin(m))).getEffectGoals(m, program.getId(), null);
        Map<String, EffectGoalStatus> goals =
                dashboard.getGoals().stream().collect(Collectors.toMap(EffectGoalStatus::getCode, Function.identity()));
        assertThat(dashboard.getParticipants()).isEqualTo(2);
        assertThat(goals.get("G1").getTargetPercent()).isEqualTo(100);
        assertThat(goals.get("G1").getAchieved()).isEqualTo(1);
        assertThat(goals.get("G1").getActualPercent()).isEqualTo("50.0");
        assertThat(goals.get("G1").getOnTarget()).isFalse();
        assertThat(goals.get("G2").getAchieved()).isEqualTo(1);
        assertThat(goals.get("G2").getDecided()).isEqualTo(2);
        assertThat(goals.get("G3").getAchieved()).isEqualTo(1);
        assertThat(goals.get("G4").getAchieved()).isEqualTo(1);
        assertThat(goals.get("G4").getDecided()).isEqualTo(2);
        assertThat(goals.get("G5").getMeasured()).isFalse();

        // The timeline tells the story in order.
        List<TimelineEntry> timeline = participants
                .getTimeline(m, program.getId(), anna.getId(), 0, 100)
                .getItems();
        assertThat(timeline)
                .extracting(TimelineEntry::getType)
                .containsSubsequence(
                        "REFERRED",
                        "CONSENT_GIVEN",
                        "ENROLLED",
                        "PHASE_CHANGED",
                        "PHASE_CHANGED",
                        "FOLLOW_UP_HELD",
                        "PHASE_CHANGED",
                        "PHASE_CHANGED",
                        "EXITED");
        assertThat(timeline).extracting(TimelineEntry::getType).contains("ACTION_PLAN_CREATED", "TEAM_ASSIGNED");
    }

    @Test
    void hedenstedJobCoachKeepsOneCoachAndEveryChangeOfCoach() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "marselisborg-jobcoach", jobCoachTerms(), PROGRAM_START, 150);
        Participant p = scenario.enrollIn(m, program, "0101901111", "SICKNESS_BENEFIT", "2024-W01");
        TeamApi team = new TeamApi(client(tokens.caseworker(m)));
        team.assignTeamMember(
                m,
                program.getId(),
                p.getId(),
                new TeamAssignmentCreate().role("JOB_COACH").member("coach-a").from(PROGRAM_START));
        team.assignTeamMember(
                m,
                program.getId(),
                p.getId(),
                new TeamAssignmentCreate().role("JOB_COACH").member("coach-b").from(LocalDate.of(2024, 6, 3)));

        List<TeamAssignment> history = team.listTeam(m, program.getId(), p.getId());
        assertThat(history)
                .extracting(a -> a.getMember() + " " + a.getFrom() + ".." + a.getTo())
                .containsExactly("coach-a 2024-01-01..2024-06-02", "coach-b 2024-06-03..null");
        assertProblem(
                () -> team.assignTeamMember(
                        m,
                        program.getId(),
                        p.getId(),
                        new TeamAssignmentCreate()
                                .role("JOB_COACH")
                                .member("coach-b")
                                .from(LocalDate.of(2024, 7, 1))),
                409,
                "conflict");
        assertProblem(
                () -> team.assignTeamMember(
                        m,
                        program.getId(),
                        p.getId(),
                        new TeamAssignmentCreate()
                                .role("PSYCHOLOGIST")
                                .member("x")
                                .from(PROGRAM_START)),
                422,
                "unknown-role");
        assertThat(new ParticipantsApi(client(tokens.caseworker(m)))
                        .getTimeline(m, program.getId(), p.getId(), 0, 50)
                        .getItems())
                .extracting(TimelineEntry::getType)
                .containsSubsequence("TEAM_ASSIGNED", "TEAM_CHANGED");
        // The course has one phase of 104 weeks; there is nowhere to move to.
        assertThat(p.getCurrentPhase().getPhase()).isEqualTo("JOB_COACH_COURSE");
        assertProblem(
                () -> new PhasesApi(client(tokens.caseworker(m)))
                        .changePhase(m, program.getId(), p.getId(), change("JOB_COACH_COURSE", 2024, 3, 1)),
                422,
                "phase-transition-not-allowed");
        // The caseworker's list narrows to coach-b's participants.
        assertThat(new ParticipantsApi(client(tokens.caseworker(m)))
                        .listParticipants(m, program.getId(), null, null, null, "coach-b", null, 0, 50)
                        .getItems())
                .extracting(Participant::getId)
                .containsExactly(p.getId());
        assertThat(new ParticipantsApi(client(tokens.caseworker(m)))
                        .listParticipants(m, program.getId(), null, null, null, "coach-a", null, 0, 50)
                        .getItems())
                .isEmpty();
    }

    @Test
    void holbaekTeamOfFiveRunsInterventionThenAftercareAndAnOverduePhaseReachesTheWorklist() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "dsi-mental-health-team", dsiTerms(), PROGRAM_START, 180);
        Participant p = scenario.enrollIn(m, program, "0101901111", "PSYCHOLOGICALLY_VULNERABLE", "2024-W01");
        String psychologist = tokens.token("psy-1", List.of(Role.CASEWORKER), m, null);
        TeamApi team = new TeamApi(client(tokens.caseworker(m)));
        for (String role : List.of(
                "COORDINATING_CASEWORKER",
                "COMPANY_CONSULTANT",
                "PSYCHOLOGIST",
                "OCCUPATIONAL_THERAPIST",
                "PROJECT_LEAD")) {
            team.assignTeamMember(
                    m,
                    program.getId(),
                    p.getId(),
                    new TeamAssignmentCreate()
                            .role(role)
                            .member(role.equals("PSYCHOLOGIST") ? "psy-1" : role.toLowerCase())
                            .from(PROGRAM_START));
        }
        assertThat(team.listTeam(m, program.getId(), p.getId())).hasSize(5);

        // INTERVENTION has run far past its 26 weeks: flagged, listed and on the psychologist's worklist.
        assertThat(new ParticipantsApi(client(psychologist))
                        .getParticipant(m, program.getId(), p.getId())
                        .getCurrentPhase()
                        .getOverdue())
                .isTrue();
        assertThat(new ParticipantsApi(client(psychologist))
                        .listParticipants(m, program.getId(), null, null, null, null, true, 0, 50)
                        .getItems())
                .extracting(Participant::getId)
                .containsExactly(p.getId());
        List<WorklistItem> mine =
                new ActivitiesApi(client(psychologist)).getWorklist(m, "MINE").getItems();
        assertThat(mine)
                .filteredOn(i -> i.getKind() == WorklistItem.KindEnum.PHASE_OVERDUE)
                .extracting(WorklistItem::getParticipantId, WorklistItem::getDueOn, WorklistItem::getOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.getId(), LocalDate.of(2024, 6, 30), true));
        assertThat(new ActivitiesApi(client(tokens.token("someone-else", List.of(Role.CASEWORKER), m, null)))
                        .getWorklist(m, "MINE")
                        .getItems())
                .isEmpty();

        PhasesApi phases = new PhasesApi(client(tokens.caseworker(m)));
        phases.changePhase(m, program.getId(), p.getId(), change("AFTERCARE", 2024, 7, 1));
        assertProblem(
                () -> phases.changePhase(m, program.getId(), p.getId(), change("INTERVENTION", 2024, 8, 1)),
                422,
                "phase-transition-not-allowed");
        assertThat(phases.listPhases(m, program.getId(), p.getId()))
                .extracting(r -> r.getPhase() + " " + r.getDueBy() + " " + r.getOverdue())
                .containsExactly("INTERVENTION 2024-06-30 true", "AFTERCARE 2024-09-29 true");
        assertThat(new ActivitiesApi(client(psychologist))
                        .getWorklist(m, "MINE")
                        .getItems())
                .extracting(WorklistItem::getTitle)
                .anySatisfy(t -> assertThat(t).contains("AFTERCARE"));
    }

    @Test
    void holbaekTakesCitizensInOnlyDuringItsThreeYearIntake() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "dsi-mental-health-team", dsiTerms(), LocalDate.of(2020, 1, 6), 180);
        assertProblem(
                () -> scenario.enrollIn(m, program, "0101901111", "PSYCHOLOGICALLY_VULNERABLE", "2023-W02"),
                422,
                "intake-closed");
        // The last week of the 156-week window is still open.
        assertThat(scenario.enrollIn(m, program, "0101901111", "PSYCHOLOGICALLY_VULNERABLE", "2022-W52")
                        .getStatus())
                .isEqualTo(Participant.StatusEnum.ACTIVE);
    }

    @Test
    void copenhagenRecommendsAPackageAndTheChosenCourseIsPaidFromItsEvents() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "copenhagen-course-packages", copenhagenTerms(), PROGRAM_START, 100);
        String cw = tokens.caseworker(m);
        Participant p = new ParticipantsApi(client(cw))
                .enrollParticipant(
                        m,
                        program.getId(),
                        Scenario.consenting()
                                .cpr("0101901111")
                                .targetGroup("SICKNESS_BENEFIT")
                                .startWeek("2024-W01")
                                .referral(uncomplicated("1", false)));
        CoursePackagesApi packages = new CoursePackagesApi(client(cw));
        CoursePackage offered = packages.getCoursePackage(m, program.getId(), p.getId());
        assertThat(offered.getRecommendedPackage()).isEqualTo("P1");
        assertThat(offered.getRecommendedCourse()).isEqualTo("WORKPLACE_MENTAL_BASIC");
        assertThat(offered.getChosenPackage()).isNull();

        CoursePackage chosen = packages.chooseCoursePackage(
                m,
                program.getId(),
                p.getId(),
                new CoursePackageChoice()
                        .packageCode("P1")
                        .courseCode("WORKPLACE_MENTAL_BASIC")
                        .startedOn(LocalDate.of(2024, 1, 8)));
        assertThat(chosen.getOverrideReason()).isNull();
        assertThat(chosen.getChosenBy()).isEqualTo(m + "-caseworker");

        // Package 1's basic activities; partial return to work within a month is a task.
        List<ActivityRecord> activities = new ActivitiesApi(client(cw)).listActivities(m, program.getId(), p.getId());
        assertThat(activities)
                .extracting(ActivityRecord::getCode)
                .containsExactlyInAnyOrder(
                        "PARTIAL_RETURN_1M",
                        "AIDS_ASSESSMENT",
                        "FUND_OR_EMPLOYER_NEED",
                        "FOLLOW_UP_EVERY_4_WEEKS",
                        "COPING_COURSE");
        ActivityRecord task = activities.stream()
                .filter(a -> a.getCode().equals("PARTIAL_RETURN_1M"))
                .findFirst()
                .orElseThrow();
        assertThat(task.getDueOn()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(task.getSource()).isEqualTo(ActivityRecord.SourceEnum.PACKAGE);
        assertThat(task.getOverdue()).isTrue();
        // Every 4 weeks from the start of the course to the end of its 52 weeks: 12 follow-ups.
        List<FollowUp> followUps = new ActivitiesApi(client(cw)).listFollowUps(m, program.getId(), p.getId());
        assertThat(followUps).hasSize(12);
        assertThat(followUps.get(0).getDueOn()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(followUps.get(11).getDueOn()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(followUps).allSatisfy(f -> assertThat(f.getRule()).isEqualTo(FollowUp.RuleEnum.RECURRING_ACTIVITY));
        assertThat(new ActivitiesApi(client(cw)).getWorklist(m, "ALL").getItems())
                .extracting(WorklistItem::getItemId)
                .contains(task.getId(), followUps.get(0).getId());

        ActivityRecord done = new ActivitiesApi(client(cw))
                .completeActivity(
                        m, program.getId(), p.getId(), task.getId(), new Completion().on(LocalDate.of(2024, 2, 1)));
        assertThat(done.getStatus()).isEqualTo(ActivityRecord.StatusEnum.DONE);
        assertThat(done.getOverdue()).isFalse();
        packages.completeCoursePackage(m, program.getId(), p.getId(), new Completion().on(LocalDate.of(2024, 3, 1)));

        // The formula prices the course events: 8000 x 0.5 at start, the other 4000 at completion,
        // and the recovery bonus: sickness benefit k = 0..4, self-supporting at k = 5 < 12 -> 5000.
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 5; w++) {
            csv.append(String.format("0101901111,2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W13", csv.toString());
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(m)));
        Statement q1 = settlements.runSettlement(
                m, program.getId(), new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(q1.getLines())
                .extracting(l -> l.getOutcome() + " " + l.getAmount())
                .containsExactly("COURSE_START 4000.00", "COURSE_COMPLETION 4000.00", "RECOVERY_BONUS 5000.00");
        assertThat(q1.getEarned()).isEqualTo("13000.00");
        // The events are part of the frozen input: the statement recomputes to its own hash.
        assertThat(settlements.verifyStatement(m, program.getId(), q1.getId()).getMatches())
                .isTrue();
    }

    @Test
    void copenhagenChoiceAgainstTheRecommendationNeedsAReasonAndIsKept() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "copenhagen-course-packages", copenhagenTerms(), PROGRAM_START, 100);
        String cw = tokens.caseworker(m);
        Referral complicated = uncomplicated("2", true).healthUnclear(true);
        Participant p = new ParticipantsApi(client(cw))
                .enrollParticipant(
                        m,
                        program.getId(),
                        Scenario.consenting()
                                .cpr("0101901111")
                                .targetGroup("SICKNESS_BENEFIT")
                                .startWeek("2024-W01")
                                .referral(complicated));
        CoursePackagesApi packages = new CoursePackagesApi(client(cw));
        assertThat(packages.getCoursePackage(m, program.getId(), p.getId()).getRecommendedPackage())
                .isEqualTo("P4");
        CoursePackageChoice other = new CoursePackageChoice()
                .packageCode("P2")
                .courseCode("WORKPLACE_PHYSICAL_EXTENDED")
                .startedOn(LocalDate.of(2024, 1, 8));
        assertProblem(
                () -> packages.chooseCoursePackage(m, program.getId(), p.getId(), other.reason("  ")),
                422,
                "override-reason-required");
        assertThat(packages.getCoursePackage(m, program.getId(), p.getId()).getChosenPackage())
                .isNull();
        assertThat(new ActivitiesApi(client(cw)).listActivities(m, program.getId(), p.getId()))
                .isEmpty();

        CoursePackage chosen = packages.chooseCoursePackage(
                m, program.getId(), p.getId(), other.reason("Health is clear after the GP's statement"));
        assertThat(chosen.getRecommendedPackage()).isEqualTo("P4");
        assertThat(chosen.getChosenPackage()).isEqualTo("P2");
        assertThat(chosen.getOverrideReason()).isEqualTo("Health is clear after the GP's statement");
        assertProblem(() -> packages.chooseCoursePackage(m, program.getId(), p.getId(), other), 409, "conflict");
    }

    private static Referral uncomplicated(String category, boolean longer) {
        return new Referral()
                .referredOn(LocalDate.of(2023, 12, 20))
                .visitationCategory(category)
                .expectedLongerThanThreeMonths(longer)
                .healthUnclear(false)
                .socialProblems(false)
                .seriousIllness(false)
                .permanentlyReducedCapacity(false)
                .primaryBarrier(Referral.PrimaryBarrierEnum.MENTAL);
    }

    private static PhaseChange change(String phase, int y, int mo, int d) {
        return new PhaseChange().phase(phase).on(LocalDate.of(y, mo, d));
    }
}
