package dk.virkning.casework;

import dk.virkning.api.ActivitiesApi;
import dk.virkning.api.model.ActivityCreate;
import dk.virkning.api.model.ActivityRecord;
import dk.virkning.api.model.Completion;
import dk.virkning.api.model.FollowUp;
import dk.virkning.api.model.WorklistItem;
import dk.virkning.participant.ParticipantId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivitiesController implements ActivitiesApi {

    private final Activities activities;
    private final FollowUps followUps;
    private final Worklist worklist;
    private final Clock clock;

    ActivitiesController(Activities activities, FollowUps followUps, Worklist worklist, Clock clock) {
        this.activities = activities;
        this.followUps = followUps;
        this.worklist = worklist;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<ActivityRecord>> listActivities(
            String municipalityId, UUID programId, UUID participantId) {
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(
                activities.list(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId)).stream()
                        .map(a -> toApi(a, today))
                        .toList());
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<ActivityRecord> planActivity(
            String municipalityId, UUID programId, UUID participantId, ActivityCreate body) {
        Activities.Activity planned = activities.plan(
                CurrentUser.get(),
                new ProgramId(programId),
                new ParticipantId(participantId),
                body.getCode(),
                body.getPlannedOn(),
                body.getNote());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(planned, LocalDate.now(clock)));
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<ActivityRecord> completeActivity(
            String municipalityId, UUID programId, UUID participantId, UUID activityId, Completion body) {
        return ResponseEntity.ok(toApi(
                activities.complete(
                        CurrentUser.get(),
                        new ProgramId(programId),
                        new ParticipantId(participantId),
                        activityId,
                        body.getOn(),
                        body.getNote()),
                LocalDate.now(clock)));
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<FollowUp>> listFollowUps(String municipalityId, UUID programId, UUID participantId) {
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(
                followUps.list(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId)).stream()
                        .map(f -> toApi(f, today))
                        .toList());
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<FollowUp> completeFollowUp(
            String municipalityId, UUID programId, UUID participantId, UUID followUpId, Completion body) {
        return ResponseEntity.ok(toApi(
                followUps.complete(
                        CurrentUser.get(),
                        new ProgramId(programId),
                        new ParticipantId(participantId),
                        followUpId,
                        body.getOn(),
                        body.getNote()),
                LocalDate.now(clock)));
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<dk.virkning.api.model.Worklist> getWorklist(
            String municipalityId, dk.virkning.api.model.WorklistScope scope) {
        Worklist.View view = worklist.of(CurrentUser.get(), scope != dk.virkning.api.model.WorklistScope.ALL);
        return ResponseEntity.ok(new dk.virkning.api.model.Worklist()
                .asOf(view.asOf())
                .week(view.week().toString())
                .items(view.items().stream()
                        .map(i -> new WorklistItem()
                                .kind(WorklistItem.KindEnum.fromValue(i.kind()))
                                .programId(i.program())
                                .participantId(i.participant())
                                .itemId(i.itemId())
                                .title(i.title())
                                .dueOn(i.dueOn())
                                .overdue(i.overdue()))
                        .toList()));
    }

    private static ActivityRecord toApi(Activities.Activity a, LocalDate today) {
        return new ActivityRecord()
                .id(a.id())
                .code(a.code())
                .name(a.name())
                .kind(ActivityRecord.KindEnum.fromValue(a.kind()))
                .plannedOn(a.plannedOn())
                .dueOn(a.dueOn())
                .doneOn(a.doneOn())
                .status(ActivityRecord.StatusEnum.fromValue(a.status()))
                .source(ActivityRecord.SourceEnum.fromValue(a.source()))
                .note(a.note())
                .overdue(a.overdueOn(today));
    }

    private static FollowUp toApi(FollowUps.FollowUp f, LocalDate today) {
        return new FollowUp()
                .id(f.id())
                .dueOn(f.dueOn())
                .heldOn(f.heldOn())
                .rule(FollowUp.RuleEnum.fromValue(f.rule()))
                .status(FollowUp.StatusEnum.fromValue(f.status()))
                .note(f.note())
                .overdue(f.overdueOn(today));
    }
}
