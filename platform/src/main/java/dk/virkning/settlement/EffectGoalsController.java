package dk.virkning.settlement;

import dk.virkning.api.EffectGoalsApi;
import dk.virkning.api.model.EffectGoalDashboard;
import dk.virkning.api.model.EffectGoalStatus;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EffectGoalsController implements EffectGoalsApi {

    private final EffectGoals goals;

    EffectGoalsController(EffectGoals goals) {
        this.goals = goals;
    }

    @Override
    @PreAuthorize("hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')")
    public ResponseEntity<EffectGoalDashboard> getEffectGoals(String municipalityId, UUID programId, LocalDate asOf) {
        EffectGoals.Dashboard d = goals.of(CurrentUser.get(), new ProgramId(programId), asOf);
        return ResponseEntity.ok(new EffectGoalDashboard()
                .programId(d.program().id().value())
                .asOf(d.asOf())
                .horizon(d.period().horizon().toString())
                .participants(d.participants())
                .goals(d.goals().stream().map(EffectGoalsController::toApi).toList()));
    }

    private static EffectGoalStatus toApi(EffectGoals.Goal g) {
        EffectGoalStatus status = new EffectGoalStatus()
                .code(g.goal().code())
                .description(g.goal().description())
                .targetPercent(g.goal().targetPercent())
                .measured(g.result() != null);
        if (g.result() != null) {
            BigDecimal actual = g.result().actualPercent();
            status.achieved(g.result().achieved())
                    .decided(g.result().decided())
                    .pending(g.result().pending())
                    .actualPercent(actual == null ? null : actual.toPlainString())
                    .onTarget(
                            actual == null || g.goal().targetPercent() == null
                                    ? null
                                    : actual.compareTo(
                                                    BigDecimal.valueOf(g.goal().targetPercent()))
                                            >= 0);
        }
        return status;
    }
}
