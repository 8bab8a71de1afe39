package dk.virkning.plugins.jobcoach;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.Activity;
import dk.virkning.spi.InterventionModel.ActivityKind;
import dk.virkning.spi.InterventionModel.EffectGoal;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModel.TeamRole;
import dk.virkning.spi.InterventionModelProvider;
import java.util.List;
import org.pf4j.Extension;

/**
 * Konsulenthuset Marselisborg's job coach model for Hedensted (DOMAIN.md 6.1): 120 citizens on
 * sickness benefit and 30 in job clarification, each with one fixed job coach for up to two years.
 */
@Extension
public class JobCoachModel implements InterventionModelProvider {

    static final String ID = "marselisborg-jobcoach";

    private static final String TERMS_SCHEMA =
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Marselisborg job coach terms",
              "type": "object",
              "additionalProperties": false,
              "required": ["ratePerWeek", "measurementWeeks", "qualifyingRunWeeks", "capPerParticipant"],
              "properties": {
                "ratePerWeek": {
                  "type": "object",
                  "description": "DKK paid per qualifying self-supporting week, by target group",
                  "additionalProperties": false,
                  "required": ["SICKNESS_BENEFIT", "JOB_CLARIFICATION"],
                  "properties": {
                    "SICKNESS_BENEFIT": {"type": "number", "minimum": 0},
                    "JOB_CLARIFICATION": {"type": "number", "minimum": 0}
                  }
                },
                "measurementWeeks": {"type": "integer", "minimum": 1, "maximum": 520},
                "qualifyingRunWeeks": {"type": "integer", "minimum": 1, "maximum": 52},
                "capPerParticipant": {"type": "number", "minimum": 0}
              }
            }
            """;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public InterventionModel describe() {
        return new InterventionModel(
                "Marselisborg job coach",
                "One fixed job coach per citizen for up to two years; the municipality pays per"
                        + " self-supporting week in runs of qualifying length.",
                List.of(
                        new TargetGroup("SICKNESS_BENEFIT", "Citizens on sickness benefit", 120),
                        new TargetGroup("JOB_CLARIFICATION", "Citizens in a job clarification course", 30)),
                List.of(new Phase("JOB_COACH_COURSE", "Job coach course", 104, List.of())),
                List.of(new TeamRole("JOB_COACH", "Job coach (one fixed coach; a change is recorded)", true)),
                List.of(
                        new Activity("COACH_MEETING", "Meeting with the job coach", ActivityKind.BASIC, null),
                        new Activity("WORKPLACE_CONTACT", "Contact with the workplace", ActivityKind.BASIC, null),
                        new Activity(
                                "STAFF_LEARNING",
                                "Learning track for jobcenter staff",
                                ActivityKind.SUPPLEMENTARY,
                                null)),
                List.of(new EffectGoal("RETURN", "Sustained return to self-support within two years", null)),
                TERMS_SCHEMA);
    }
}
