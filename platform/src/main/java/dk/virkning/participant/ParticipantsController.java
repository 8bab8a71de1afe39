package dk.virkning.participant;

import dk.virkning.api.ParticipantsApi;
import dk.virkning.api.model.AccessLogEntry;
import dk.virkning.api.model.AccessLogExport;
import dk.virkning.api.model.ConsentWithdrawal;
import dk.virkning.api.model.CprQuery;
import dk.virkning.api.model.ExitCreate;
import dk.virkning.api.model.ParticipantCreate;
import dk.virkning.api.model.ParticipantPage;
import dk.virkning.api.model.TimelinePage;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.Pages;
import dk.virkning.shared.WeekParameter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ParticipantsController implements ParticipantsApi {

    private static final String STAFF = "hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')";

    private final Participants participants;
    private final ParticipantMapper mapper;

    ParticipantsController(Participants participants, ParticipantMapper mapper) {
        this.participants = participants;
        this.mapper = mapper;
    }

    @Override
    @PreAuthorize(STAFF)
    public ResponseEntity<ParticipantPage> listParticipants(
            String municipalityId,
            UUID programId,
            String status,
            String phase,
            String targetGroup,
            String teamMember,
            Boolean overdue,
            Integer page,
            Integer size) {
        Page<Participant> result = participants.list(
                CurrentUser.get(),
                new ProgramId(programId),
                new ParticipantFilter(status, phase, targetGroup, teamMember, overdue),
                Pages.request(page, size, Sort.by("enrolledAt", "id")));
        return ResponseEntity.ok(
                new ParticipantPage().items(result.map(mapper::toApi).toList()).page(Pages.info(result)));
    }

    @Override
    @PreAuthorize("hasAnyRole('CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Participant> enrollParticipant(
            String municipalityId, UUID programId, ParticipantCreate body) {
        Participant created = participants.enroll(
                CurrentUser.get(),
                new ProgramId(programId),
                new Participants.Enrollment(
                        body.getCpr(),
                        body.getTargetGroup(),
                        WeekParameter.parse(body.getStartWeek(), "startWeek"),
                        mapper.referral(body.getReferral()),
                        body.getConsent() == null ? null : body.getConsent().getGivenOn(),
                        body.getWho5AtReferral() == null
                                ? null
                                : new ParticipantEnrolled.Who5Answers(
                                        body.getWho5AtReferral().getTakenOn(),
                                        body.getWho5AtReferral().getItems())));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipalityId + "/programs/" + programId
                        + "/participants/" + created.id()))
                .body(mapper.toApi(created));
    }

    @Override
    @PreAuthorize(STAFF)
    public ResponseEntity<dk.virkning.api.model.Participant> getParticipant(
            String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(mapper.toApi(
                participants.get(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId))));
    }

    @Override
    @PreAuthorize("hasAnyRole('CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Participant> withdrawConsent(
            String municipalityId, UUID programId, UUID participantId, ConsentWithdrawal body) {
        return ResponseEntity.ok(mapper.toApi(participants.withdrawConsent(
                CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId), body.getWithdrawnOn())));
    }

    @Override
    @PreAuthorize("hasAnyRole('CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<dk.virkning.api.model.Participant> exitParticipant(
            String municipalityId, UUID programId, UUID participantId, ExitCreate body) {
        return ResponseEntity.ok(mapper.toApi(participants.exit(
                CurrentUser.get(),
                new ProgramId(programId),
                new ParticipantId(participantId),
                body.getExitedOn(),
                ExitReason.valueOf(body.getReason().getValue()),
                body.getNote())));
    }

    @Override
    @PreAuthorize(STAFF)
    public ResponseEntity<TimelinePage> getTimeline(
            String municipalityId, UUID programId, UUID participantId, Integer page, Integer size) {
        Page<ParticipantEvents.TimelineEntry> result = participants.timeline(
                CurrentUser.get(),
                new ProgramId(programId),
                new ParticipantId(participantId),
                Pages.request(page, size, Sort.unsorted()));
        return ResponseEntity.ok(new TimelinePage()
                .items(result.map(ParticipantMapper::toApi).toList())
                .page(Pages.info(result)));
    }

    @Override
    @PreAuthorize(STAFF)
    public ResponseEntity<List<dk.virkning.api.model.Participant>> lookUpParticipant(
            String municipalityId, CprQuery body) {
        return ResponseEntity.ok(participants.lookUp(CurrentUser.get(), municipalityId, body.getCpr()).stream()
                .map(mapper::toApi)
                .toList());
    }

    @Override
    @PreAuthorize("hasRole('MUNICIPALITY_ADMIN')")
    public ResponseEntity<AccessLogExport> exportAccessLog(String municipalityId, CprQuery body) {
        Participants.AccessLog log = participants.accessLog(CurrentUser.get(), municipalityId, body.getCpr());
        Map<String, Participant> byId =
                log.participations().stream().collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
        return ResponseEntity.ok(new AccessLogExport()
                .participations(
                        log.participations().stream().map(p -> p.id().value()).toList())
                .entries(log.entries().stream()
                        .map(e -> new AccessLogEntry()
                                .occurredAt(e.occurredAt().atOffset(java.time.ZoneOffset.UTC))
                                .actor(e.actor())
                                .actorName(e.actorName())
                                .actorIssuer(e.actorIssuer())
                                .action(e.action())
                                .participantId(UUID.fromString(e.resourceId()))
                                .programId(byId.get(e.resourceId()).program().value())
                                .detail(e.detail()))
                        .toList()));
    }
}
