package dk.virkning.plugins.nk1;

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
 * SundInvest's NK1 model for Norddjurs (DOMAIN.md 6.3): 50 citizens out of work due to mental
 * illness, four phases of 26 weeks in all, five effect goals. Phase lengths within the 26 weeks are
 * an assumption of ours.
 */
@Extension
public class Nk1InterventionModel implements InterventionModelProvider {

    static final String ID = "sundinvest-nk1";

    private static final String TERMS_SCHEMA =
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "NK1 terms",
              "type": "object",
              "additionalProperties": false,
              "required": ["baselineBenefitShare", "weeklyNetCost", "measurementWeeks", "savingsShare",
                           "maxTotalPayment"],
              "properties": {
                "baselineBenefitShare": {"type": "number", "minimum": 0, "maximum": 1,
                  "description": "Share of weeks a comparable citizen would be on benefit"},
                "weeklyNetCost": {"type": "number", "minimum": 0,
                  "description": "Municipal net cost of a benefit week, DKK"},
                "measurementWeeks": {"type": "integer", "minimum": 1, "maximum": 520,
                  "description": "Weeks from each participant's start that count"},
                "savingsShare": {"type": "number", "minimum": 0, "maximum": 1,
                  "description": "Share of the savings paid out"},
                "maxTotalPayment": {"type": "number", "minimum": 0,
                  "description": "Cap on the program's total payment, DKK"}
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
                "SundInvest NK1",
                "Up to 26 weeks in four phases for citizens out of work due to mental illness;"
                        + " paid from reduced support costs only.",
                List.of(new TargetGroup("MENTAL_ILLNESS", "Citizens out of work due to mental illness", 50)),
                List.of(
                        new Phase("ASSESSMENT", "Assessment (udredning)", 6, List.of("DEVELOPMENT")),
                        new Phase("DEVELOPMENT", "Activation and development", 10, List.of("JOB_MATCH")),
                        new Phase("JOB_MATCH", "Job match", 6, List.of("AFTERCARE")),
                        new Phase("AFTERCARE", "Aftercare (efterværn)", 4, List.of())),
                List.of(
                        new TeamRole("JOB_CONSULTANT", "Job consultant", true),
                        new TeamRole("MENTOR", "Mentor", false),
                        new TeamRole("HEALTH_PROFESSIONAL", "Health professional", false)),
                List.of(
                        new Activity("ACTION_PLAN", "Individual action plan", ActivityKind.BASIC, 14),
                        new Activity("ASSESSMENT_INTERVIEW", "Assessment interview", ActivityKind.BASIC, null),
                        new Activity("JOB_MATCH_MEETING", "Job match meeting", ActivityKind.BASIC, null),
                        new Activity("WORKPLACE_PLACEMENT", "Workplace placement", ActivityKind.SUPPLEMENTARY, null),
                        new Activity("PSYCHOLOGIST_SESSION", "Psychologist session", ActivityKind.SUPPLEMENTARY, null)),
                List.of(
                        new EffectGoal("G1", "Every citizen has an individual action plan", 100),
                        new EffectGoal("G2", "Well (raskmeldt) within 6 months", 60),
                        new EffectGoal("G3", "In ordinary employment and self-supporting within 12 months", 40),
                        new EffectGoal("G4", "Higher well-being (WHO-5) at the end than at referral", 80),
                        new EffectGoal("G5", "Jobcenter staff build new knowledge (qualitative)", null)),
                TERMS_SCHEMA);
    }
}
