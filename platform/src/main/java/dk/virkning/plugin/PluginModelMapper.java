package dk.virkning.plugin;

import dk.virkning.api.model.InterventionModelActivitiesInner;
import dk.virkning.api.model.InterventionModelEffectGoalsInner;
import dk.virkning.api.model.InterventionModelGuidancePackagesInner;
import dk.virkning.api.model.InterventionModelPhasesInner;
import dk.virkning.api.model.InterventionModelTargetGroupsInner;
import dk.virkning.api.model.InterventionModelTeamRolesInner;
import dk.virkning.spi.InterventionModel;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps a plugin's intervention model to the API's shape. */
@Component
class PluginModelMapper {

    private final JsonMapper json;

    PluginModelMapper(JsonMapper json) {
        this.json = json;
    }

    dk.virkning.api.model.InterventionModel toApi(InterventionModel m) {
        return new dk.virkning.api.model.InterventionModel()
                .name(m.name())
                .description(m.description())
                .targetGroups(m.targetGroups().stream()
                        .map(g -> new InterventionModelTargetGroupsInner()
                                .code(g.code())
                                .name(g.name())
                                .capacity(g.capacity())
                                .intakeWeeks(g.intakeWeeks()))
                        .toList())
                .phases(m.phases().stream()
                        .map(p -> new InterventionModelPhasesInner()
                                .code(p.code())
                                .name(p.name())
                                .maxWeeks(p.maxWeeks())
                                .next(p.next()))
                        .toList())
                .teamRoles(m.teamRoles().stream()
                        .map(r -> new InterventionModelTeamRolesInner()
                                .code(r.code())
                                .name(r.name())
                                .exactlyOne(r.exactlyOne()))
                        .toList())
                .activities(m.activities().stream()
                        .map(a -> new InterventionModelActivitiesInner()
                                .code(a.code())
                                .name(a.name())
                                .kind(InterventionModelActivitiesInner.KindEnum.valueOf(
                                        a.kind().name()))
                                .deadlineDays(a.deadlineDays())
                                .recurEveryDays(a.recurEveryDays()))
                        .toList())
                .effectGoals(m.effectGoals().stream()
                        .map(g -> new InterventionModelEffectGoalsInner()
                                .code(g.code())
                                .description(g.description())
                                .targetPercent(g.targetPercent()))
                        .toList())
                .guidancePackages(m.guidancePackages().stream()
                        .map(g -> new InterventionModelGuidancePackagesInner()
                                .code(g.code())
                                .name(g.name())
                                .basicActivities(g.basicActivities())
                                .supplementaryActivities(g.supplementaryActivities()))
                        .toList())
                .termsSchema(json.readValue(m.termsSchema(), new TypeReference<Map<String, Object>>() {}));
    }
}
