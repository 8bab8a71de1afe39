package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.WellbeingApi;
import dk.virkning.client.model.ActivityCreate;
import dk.virkning.client.model.ConsentGiven;
import dk.virkning.client.model.ConsentWithdrawal;
import dk.virkning.client.model.ExitCreate;
import dk.virkning.client.model.ExitReason;
import dk.virkning.client.model.FollowUp;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Who5Create;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad lifecycle input gets a clear problem detail and changes nothing. */
class LifecycleBadInputIT extends CaseworkSupport {

    @Test
    void participationWithoutConsentIsRefusedAndEnrollsNobody() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        String path = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/participants";
        HttpResponse<String> missing = send(
                "POST",
                path,
                tokens.caseworker(m),
                "application/json",
                "{\"cpr\":\"0101901111\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2024-W01\","
                        + "\"referral\":{\"referredOn\":\"2023-12-20\"}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
                .contains("urn:virkning:problem:invalid-request")
                .contains("\"field\":\"consent\"");
        assertProblem(
                () -> new ParticipantsApi(client(tokens.caseworker(m)))
                        .enrollParticipant(
                                m,
                                program.getId(),
                                Scenario.consenting()
                                        .cpr("0101901111")
                                        .targetGroup("MENTAL_ILLNESS")
                                        .startWeek("2024-W01")
                                        .consent(new ConsentGiven()
                                                .givenOn(LocalDate.now().plusDays(10)))),
                422,
                "invalid-date");
        assertProblem(
                () -> new ParticipantsApi(client(tokens.caseworker(m)))
                        .enrollParticipant(
                                m,
                                program.getId(),
                                Scenario.consenting()
                                        .cpr("0101901111")
                                        .targetGroup("MENTAL_ILLNESS")
                                        .startWeek("2024-W01")
                                        .who5AtReferral(new Who5Create()
                                                .takenOn(LocalDate.of(2023, 12, 20))
                                                .items(List.of(1, 2, 3, 4, 6)))),
                400,
                "invalid-request");
        assertThat(new ParticipantsApi(client(tokens.admin(m)))
                        .listParticipants(m, program.getId(), null, null, null, null, null, 0, 50)
                        .getPage()
                        .getTotalItems())
                .isZero();
    }

    @Test
    void aWho5ItemOutOfRangeOrAMissingItemIsRefusedAndNothingIsRecorded() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        Participant p = scenario.enrollIn(m, program, "0101901111", "MENTAL_ILLNESS", "2024-W01");
        String path =
                "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/participants/" + p.getId() + "/who5";
        for (String items : List.of("[1,2,3,4,6]", "[1,2,3,4]", "[1,2,3,4,5,5]", "[-1,0,0,0,0]", "[1,2,null,4,5]")) {
            HttpResponse<String> r = send(
                    "POST",
                    path,
                    tokens.caseworker(m),
                    "application/json",
                    "{\"takenOn\":\"2024-02-01\",\"items\":" + items + "}");
            assertThat(r.statusCode()).as(items + " " + r.body()).isBetween(400, 422);
            assertThat(r.body()).as(items).contains("items").contains("urn:virkning:problem:");
        }
        assertProblem(
                () -> new WellbeingApi(client(tokens.caseworker(m)))
                        .recordWho5(
                                m,
                                program.getId(),
                                p.getId(),
                                new Who5Create()
                                        .takenOn(LocalDate.of(2020, 1, 1))
                                        .items(List.of(1, 1, 1, 1, 1))),
                422,
                "invalid-date");
        assertThat(new WellbeingApi(client(tokens.caseworker(m))).listWho5(m, program.getId(), p.getId()))
                .isEmpty();
    }

    @Test
    void unknownPhasesTransitionsActivitiesAndPackagesAreRefused() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        Participant p = scenario.enrollIn(m, program, "0101901111", "MENTAL_ILLNESS", "2024-W01");
        PhasesApi phases = new PhasesApi(client(tokens.caseworker(m)));
        assertProblem(
                () -> phases.changePhase(m, program.getId(), p.getId(), change("JOB_MATCH", 2024, 2, 1)),
                422,
                "phase-transition-not-allowed");
        assertProblem(
                () -> phases.changePhase(m, program.getId(), p.getId(), change("HOLIDAY", 2024, 2, 1)),
                422,
                "unknown-phase");
        assertProblem(
                () -> phases.changePhase(m, program.getId(), p.getId(), change("DEVELOPMENT", 2023, 12, 1)),
                422,
                "invalid-date");
        assertThat(phases.listPhases(m, program.getId(), p.getId()))
                .extracting(r -> r.getPhase() + " " + r.getEndedOn())
                .containsExactly("ASSESSMENT null");
        assertProblem(
                () -> new ActivitiesApi(client(tokens.caseworker(m)))
                        .planActivity(
                                m,
                                program.getId(),
                                p.getId(),
                                new ActivityCreate().code("SKYDIVING").plannedOn(LocalDate.of(2024, 2, 1))),
                422,
                "unknown-activity");
        assertProblem(
                () -> new CoursePackagesApi(client(tokens.caseworker(m)))
                        .getCoursePackage(m, program.getId(), p.getId()),
                409,
                "no-course-packages");
        assertThat(new ActivitiesApi(client(tokens.caseworker(m))).listActivities(m, program.getId(), p.getId()))
                .isEmpty();
        // A task from NK1's catalogue: the action plan is due within 14 days of the start.
        assertThat(new ActivitiesApi(client(tokens.caseworker(m)))
                        .planActivity(
                                m,
                                program.getId(),
                                p.getId(),
                                new ActivityCreate().code("ACTION_PLAN").plannedOn(LocalDate.of(2024, 1, 2)))
                        .getDueOn())
                .isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void withdrawnConsentEndsTheParticipationAndNothingMoreCanBeRecorded() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "sundinvest-nk1", Scenario.nk1Terms(), PROGRAM_START, 50);
        Participant p = scenario.enrollIn(m, program, "0101901111", "MENTAL_ILLNESS", "2024-W01");
        ParticipantsApi participants = new ParticipantsApi(client(tokens.caseworker(m)));
        assertProblem(
                () -> participants.withdrawConsent(
                        m, program.getId(), p.getId(), new ConsentWithdrawal().withdrawnOn(LocalDate.of(2023, 1, 1))),
                422,
                "invalid-date");
        Participant withdrawn = participants.withdrawConsent(
                m, program.getId(), p.getId(), new ConsentWithdrawal().withdrawnOn(LocalDate.of(2024, 3, 4)));
        assertThat(withdrawn.getStatus()).isEqualTo(Participant.StatusEnum.EXITED);
        assertThat(withdrawn.getExitReason()).isEqualTo(ExitReason.CONSENT_WITHDRAWN);
        assertThat(withdrawn.getConsent().getWithdrawnOn()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(new ActivitiesApi(client(tokens.caseworker(m))).listFollowUps(m, program.getId(), p.getId()))
                .extracting(FollowUp::getStatus)
                .containsOnly(FollowUp.StatusEnum.CANCELLED);

        assertProblem(
                () -> participants.exitParticipant(
                        m,
                        program.getId(),
                        p.getId(),
                        new ExitCreate().exitedOn(LocalDate.of(2024, 4, 1)).reason(ExitReason.OTHER)),
                409,
                "participant-exited");
        assertProblem(
                () -> new PhasesApi(client(tokens.caseworker(m)))
                        .changePhase(m, program.getId(), p.getId(), change("DEVELOPMENT", 2024, 2, 1)),
                409,
                "participant-exited");
        assertThat(participants
                        .listParticipants(m, program.getId(), "EXITED", null, null, null, null, 0, 50)
                        .getItems())
                .extracting(Participant::getId)
                .containsExactly(p.getId());
        assertThat(participants
                        .listParticipants(m, program.getId(), "ACTIVE", null, null, null, null, 0, 50)
                        .getItems())
                .isEmpty();
        assertProblem(
                () -> participants.listParticipants(m, program.getId(), "GONE", null, null, null, null, 0, 50),
                400,
                "invalid-request");
    }

    @Test
    void aFullTargetGroupIsRefusedWithItsName() throws Exception {
        String m = scenario.municipality();
        Program program = program(m, "marselisborg-jobcoach", jobCoachTerms(), PROGRAM_START, 150);
        for (int i = 0; i < 30; i++) {
            scenario.enrollIn(m, program, String.format("0101%06d", 900000 + i), "JOB_CLARIFICATION", "2024-W01");
        }
        assertProblem(
                () -> scenario.enrollIn(m, program, "0202902222", "JOB_CLARIFICATION", "2024-W01"), 409, "conflict");
        assertThat(scenario.enrollIn(m, program, "0202902222", "SICKNESS_BENEFIT", "2024-W01")
                        .getTargetGroup())
                .isEqualTo("SICKNESS_BENEFIT");
        assertThat(new ParticipantsApi(client(tokens.admin(m)))
                        .listParticipants(m, program.getId(), null, null, "JOB_CLARIFICATION", null, null, 0, 50)
                        .getPage()
                        .getTotalItems())
                .isEqualTo(30);
    }
}
