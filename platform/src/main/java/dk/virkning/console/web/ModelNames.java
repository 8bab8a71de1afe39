package dk.virkning.console.web;

import dk.virkning.client.model.InterventionModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The names an intervention model gives its codes (phases, target groups, team roles), so that a
 * page reads "Job consultant" rather than {@code JOB_CONSULTANT}; a code the model does not name is
 * shown as it is ({@code ${@names.phase(intervention, code)}}).
 */
@Component("names")
public class ModelNames {

    public String phase(InterventionModel model, String code) {
        return model == null ? code : name(model.getPhases(), code, p -> p.getCode(), p -> p.getName());
    }

    public String targetGroup(InterventionModel model, String code) {
        return model == null ? code : name(model.getTargetGroups(), code, g -> g.getCode(), g -> g.getName());
    }

    public String teamRole(InterventionModel model, String code) {
        return model == null ? code : name(model.getTeamRoles(), code, r -> r.getCode(), r -> r.getName());
    }

    private static <T> String name(List<T> items, String code, Function<T, String> codeOf, Function<T, String> nameOf) {
        if (items == null || code == null) {
            return code;
        }
        return items.stream()
                .filter(item -> Objects.equals(codeOf.apply(item), code))
                .map(nameOf)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(code);
    }
}
