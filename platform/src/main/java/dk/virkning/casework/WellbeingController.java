package dk.virkning.casework;

import dk.virkning.api.WellbeingApi;
import dk.virkning.api.model.Who5Create;
import dk.virkning.api.model.Who5Measurement;
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
class WellbeingController implements WellbeingApi {

    private final Wellbeing wellbeing;

    WellbeingController(Wellbeing wellbeing) {
        this.wellbeing = wellbeing;
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<Who5Measurement> recordWho5(
            String municipalityId, UUID programId, UUID participantId, Who5Create body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(toApi(wellbeing.record(
                        CurrentUser.get(),
                        new ProgramId(programId),
                        new ParticipantId(participantId),
                        body.getTakenOn(),
                        body.getItems(),
                        Boolean.TRUE.equals(body.getAtReferral()))));
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<Who5Measurement>> listWho5(String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(
                wellbeing.list(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId)).stream()
                        .map(WellbeingController::toApi)
                        .toList());
    }

    private static Who5Measurement toApi(Wellbeing.Measured m) {
        return new Who5Measurement()
                .id(m.id())
                .takenOn(m.takenOn())
                .items(m.who5().items())
                .raw(m.who5().raw())
                .score(m.who5().score())
                .atReferral(m.atReferral())
                .poorWellBeing(m.who5().poorWellBeing())
                .recordedBy(m.recordedBy());
    }
}
