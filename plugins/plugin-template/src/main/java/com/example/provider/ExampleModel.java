package com.example.provider;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.EffectGoal;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModel.TeamRole;
import dk.virkning.spi.InterventionModelProvider;
import java.util.List;
import org.pf4j.Extension;

/** The intervention model: whom the program serves, how it runs, and the schema of its terms. */
@Extension
public class ExampleModel implements InterventionModelProvider {

    /** The plugin id: equal to Plugin-Id in the manifest, stable across versions. */
    static final String ID = "example-plugin";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public InterventionModel describe() {
        return new InterventionModel(
                "Example job coaching",
                "One coach per participant for up to a year; paid per self-supporting week.",
                List.of(new TargetGroup("SICKNESS_BENEFIT", "Citizens on sickness benefit", 40)),
                List.of(
                        new Phase("COACHING", "Coaching", 26, List.of("AFTERCARE")),
                        new Phase("AFTERCARE", "Aftercare", 26, List.of())),
                List.of(new TeamRole("COACH", "Job coach", true)),
                List.of(),
                List.of(new EffectGoal("G1", "Half are self-supporting within 26 weeks", 50)),
                """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "additionalProperties": false,
                 "required": ["ratePerWeek", "measurementWeeks"],
                 "properties": {
                   "ratePerWeek": {"type": "number", "exclusiveMinimum": 0},
                   "measurementWeeks": {"type": "integer", "minimum": 1, "maximum": 260}}}
                """);
    }
}
