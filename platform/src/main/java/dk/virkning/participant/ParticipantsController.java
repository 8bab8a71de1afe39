package dk.virkning.participant;

import dk.virkning.api.ParticipantsApi;
import dk.virkning.api.model.ParticipantCreate;
import dk.virkning.api.model.ParticipantPage;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.WeekParameter;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ParticipantsController implements ParticipantsApi {

    private final Participants participants;

    ParticipantsController(Participants participants) {
        this.participants = participants;
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<ParticipantPage> listParticipants(
            String municipalityId, UUID programId, Integer page, Integer size) {
        Page<Participant> result = participants.list(
                CurrentUser.get(), new ProgramId(programId), Pages.request(page, size, Sort.by("enrolledAt", "id")));
        return ResponseEntity.ok(new ParticipantPage()
                .items(result.map(ParticipantsController::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasAnyRole('CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Participant> enrollParticipant(
            String municipalityId, UUID programId, ParticipantCreate body) {
        Participant created = participants.enroll(
                CurrentUser.get(),
                new ProgramId(programId),
                body.getCpr(),
                body.getTargetGroup(),
                WeekParameter.parse(body.getStartWeek(), "startWeek"));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipalityId + "/programs/" + programId
                        + "/participants/" + created.id()))
                .body(toApi(created));
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Participant> getParticipant(
            String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(
                toApi(participants.get(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId))));
    }

    static dk.virkning.api.model.Participant toApi(Participant p) {
        return new dk.virkning.api.model.Participant()
                .id(p.id().value())
                .programId(p.program().value())
                .targetGroup(p.targetGroup())
                .startWeek(p.startWeek().toString())
                .enrolledAt(p.enrolledAt().atOffset(ZoneOffset.UTC));
    }
}
