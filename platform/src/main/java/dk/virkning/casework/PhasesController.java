package dk.virkning.casework;

import dk.virkning.api.PhasesApi;
import dk.virkning.api.model.PhaseChange;
import dk.virkning.api.model.PhaseRecord;
import dk.virkning.participant.ParticipantId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PhasesController implements PhasesApi {

    private final Phases phases;
    private final ModelNames names;

    PhasesController(Phases phases, ModelNames names) {
        this.phases = phases;
        this.names = names;
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<PhaseRecord>> listPhases(String municipalityId, UUID programId, UUID participantId) {
        ProgramId program = new ProgramId(programId);
        return ResponseEntity.ok(phases.history(CurrentUser.get(), program, new ParticipantId(participantId)).stream()
                .map(p -> toApi(p, names.phase(program, p.phase())))
                .toList());
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<PhaseRecord> changePhase(
            String municipalityId, UUID programId, UUID participantId, PhaseChange body) {
        ProgramId program = new ProgramId(programId);
        Phases.PhaseRecord changed = phases.change(
                CurrentUser.get(), program, new ParticipantId(participantId), body.getPhase(), body.getOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(changed, names.phase(program, changed.phase())));
    }

    private static PhaseRecord toApi(Phases.PhaseRecord p, String name) {
        return new PhaseRecord()
                .phase(p.phase())
                .name(name)
                .maxWeeks(p.maxWeeks())
                .startedOn(p.startedOn())
                .endedOn(p.endedOn())
                .dueBy(p.dueBy())
                .overdue(p.overdue());
    }
}
