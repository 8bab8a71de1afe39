package dk.virkning.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.PhasesApi;
import dk.virkning.client.api.TeamApi;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.TeamAssignment;
import dk.virkning.client.model.TeamAssignmentCreate;
import dk.virkning.client.model.TimelineEntry;
import dk.virkning.client.model.WorklistItem;
import dk.virkning.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedensted's one job coach and Holbæk's team of five: team history, phases, overdue, intake. */
class TeamAndPhaseIT extends CaseworkSupport {

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
        List<WorklistItem> mine = new ActivitiesApi(client(psychologist))
                .getWorklist(m, dk.virkning.client.model.WorklistScope.MINE)
                .getItems();
        assertThat(mine)
                .filteredOn(i -> i.getKind() == WorklistItem.KindEnum.PHASE_OVERDUE)
                .extracting(WorklistItem::getParticipantId, WorklistItem::getDueOn, WorklistItem::getOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.getId(), LocalDate.of(2024, 6, 30), true));
        assertThat(new ActivitiesApi(client(tokens.token("someone-else", List.of(Role.CASEWORKER), m, null)))
                        .getWorklist(m, dk.virkning.client.model.WorklistScope.MINE)
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
                        .getWorklist(m, dk.virkning.client.model.WorklistScope.MINE)
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
}
