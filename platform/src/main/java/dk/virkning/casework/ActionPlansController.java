package dk.virkning.casework;

import dk.virkning.api.ActionPlansApi;
import dk.virkning.api.model.ActionPlan;
import dk.virkning.api.model.ActionPlanCreate;
import dk.virkning.api.model.ActionPlanStep;
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
class ActionPlansController implements ActionPlansApi {

    private final ActionPlans plans;

    ActionPlansController(ActionPlans plans) {
        this.plans = plans;
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<List<ActionPlan>> listActionPlans(String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(
                plans.history(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId)).stream()
                        .map(ActionPlansController::toApi)
                        .toList());
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<ActionPlan> reviseActionPlan(
            String municipalityId, UUID programId, UUID participantId, ActionPlanCreate body) {
        ActionPlans.Content content = new ActionPlans.Content(
                body.getBarriers().stream().map(String::strip).toList(),
                body.getSteps().stream()
                        .map(s -> new ActionPlans.Step(s.getDescription().strip(), s.getBarrier(), s.getDueOn()))
                        .toList());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(toApi(plans.revise(
                        CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId), content)));
    }

    private static ActionPlan toApi(ActionPlans.Version v) {
        return new ActionPlan()
                .version(v.version())
                .barriers(v.content().barriers())
                .steps(v.content().steps().stream()
                        .map(s -> new ActionPlanStep()
                                .description(s.description())
                                .barrier(s.barrier())
                                .dueOn(s.dueOn()))
                        .toList())
                .createdAt(v.createdAt().atOffset(ZoneOffset.UTC))
                .createdBy(v.createdBy());
    }
}
