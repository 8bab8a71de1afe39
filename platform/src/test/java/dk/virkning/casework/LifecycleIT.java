package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.EffectGoalsApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.ActionPlanCreate;
import dk.virkning.client.model.ActionPlanStep;
import dk.virkning.client.model.Completion;
import dk.virkning.client.model.EffectGoalDashboard;
import dk.virkning.client.model.EffectGoalStatus;
import dk.virkning.client.model.ExitCreate;
import dk.virkning.client.model.ExitReason;
import dk.virkning.client.model.FollowUp;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.PhaseRecord;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.TeamAssignmentCreate;
import dk.virkning.client.model.TimelineEntry;
import dk.virkning.client.model.Who5Create;
import dk.virkning.client.model.Who5Measurement;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Norddjurs's NK1 program walked from referral through its four phases to exit and its effect goals. */
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
}
