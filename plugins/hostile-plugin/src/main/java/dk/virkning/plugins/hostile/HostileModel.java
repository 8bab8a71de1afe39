package dk.virkning.plugins.hostile;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.Activity;
import dk.virkning.spi.InterventionModel.ActivityKind;
import dk.virkning.spi.InterventionModel.EffectGoal;
import dk.virkning.spi.InterventionModel.GuidancePackage;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModelProvider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * A minimal, honest model: reading it does no harm, so that the plugin installs (past the gate, on a
 * test-only path) and its formula can be called. The {@code behaviour} term chooses the attack.
 */
@Extension
public class HostileModel implements InterventionModelProvider {

    static final String ID = "hostile-plugin";
    static final String PACKAGE = "P1";
    static final String COURSE = "ANY_COURSE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public InterventionModel describe() {
        String behaviours = Arrays.stream(Behaviour.values())
                .map(b -> "\"" + b.name() + "\"")
                .collect(Collectors.joining(", "));
        return new InterventionModel(
                "Hostile test fixture",
                "For the platform's containment tests only: attacks its host as the behaviour term says.",
                List.of(new TargetGroup("ANYONE", "Anyone", 100)),
                List.of(new Phase("ONLY", "Only phase", 52, List.of())),
                List.of(),
                List.of(new Activity("A1", "Any activity", ActivityKind.BASIC, null, null)),
                List.of(new EffectGoal("G1", "A goal to evaluate", 100)),
                """
                {"type": "object", "additionalProperties": false, "required": ["behaviour"],
                 "properties": {"behaviour": {"enum": [%s]},
                                "path": {"type": "string"},
                                "host": {"type": "string"},
                                "port": {"type": "integer", "minimum": 1, "maximum": 65535},
                                "megabytes": {"type": "integer", "minimum": 1},
                                "count": {"type": "integer", "minimum": 1}}}
                """
                        .formatted(behaviours),
                List.of(new GuidancePackage(PACKAGE, "Any package", List.of("A1"), List.of())),
                List.of(COURSE));
    }
}
