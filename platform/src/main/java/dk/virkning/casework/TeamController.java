package dk.virkning.casework;

import dk.virkning.api.TeamApi;
import dk.virkning.api.model.TeamAssignment;
import dk.virkning.api.model.TeamAssignmentCreate;
import dk.virkning.participant.ParticipantId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TeamController implements TeamApi {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<TeamAssignment>> listTeam(String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(
                teams.history(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId)).stream()
                        .map(TeamController::toApi)
                        .toList());
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<TeamAssignment> assignTeamMember(
            String municipalityId, UUID programId, UUID participantId, TeamAssignmentCreate body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(toApi(teams.assign(
                        CurrentUser.get(),
                        new ProgramId(programId),
                        new ParticipantId(participantId),
                        body.getRole(),
                        body.getMember(),
                        body.getFrom())));
    }

    private static TeamAssignment toApi(Teams.Assignment a) {
        return new TeamAssignment()
                .id(a.id())
                .role(a.role())
                .member(a.member())
                .from(a.from())
                .to(a.to())
                .assignedBy(a.assignedBy())
                .assignedAt(a.assignedAt().atOffset(ZoneOffset.UTC));
    }
}
