package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.ActivityRecord;
import dk.virkning.client.model.Completion;
import dk.virkning.client.model.CoursePackage;
import dk.virkning.client.model.CoursePackageChoice;
import dk.virkning.client.model.FollowUp;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.WorklistItem;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copenhagen's guidance packages: recommendation, choice with reason, tasks, follow-ups and payment. */
class CoursePackageIT extends CaseworkSupport {

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
        assertThat(new ActivitiesApi(client(cw))
                        .getWorklist(m, dk.virkning.client.model.WorklistScope.ALL)
                        .getItems())
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
}
