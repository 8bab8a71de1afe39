package dk.virkning.plugins.misbehaving;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModelProvider;
import java.util.List;
import org.pf4j.Extension;

/** A minimal model whose single term chooses how the formula misbehaves. */
@Extension
public class MisbehavingModel implements InterventionModelProvider {

    static final String ID = "misbehaving-plugin";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public InterventionModel describe() {
        return new InterventionModel(
                "Misbehaving test fixture",
                "For the platform's containment tests only.",
                List.of(new TargetGroup("ANYONE", "Anyone", 100)),
                List.of(new Phase("ONLY", "Only phase", 52, List.of())),
                List.of(),
                List.of(),
                List.of(),
                """
                {"type": "object", "additionalProperties": false, "required": ["mode"],
                 "properties": {"mode": {"enum": ["BEHAVE", "THROW", "CRASH", "HANG", "BAD_SCALE", "UNBALANCED",
                                                 "STRANGER", "NEGATIVE_OPEN", "PENDING_1_0"]}}}
                """);
    }
}
