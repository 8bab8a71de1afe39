package dk.virkning.plugins.dsi;

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
 * Holbæk's interdisciplinary team, financed by Den Sociale Investeringsfond (DOMAIN.md 6.2): 180
 * psychologically vulnerable sick-listed citizens over a three-year intake, 26 weeks of intervention
 * and 13 weeks of aftercare.
 */
@Extension
public class MentalHealthTeamModel implements InterventionModelProvider {

    static final String ID = "dsi-mental-health-team";

    private static final String TERMS_SCHEMA =
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "DSI mental health team terms",
              "type": "object",
              "additionalProperties": false,
              "required": ["rateO1", "rateO2", "maxTotalPayment"],
              "properties": {
                "rateO1": {"type": "number", "minimum": 0,
                  "description": "DKK for O1: self-supporting in week k = 39, after aftercare"},
                "rateO2": {"type": "number", "minimum": 0,
                  "description": "DKK for O2: at least 39 self-supporting weeks among k = 40..91"},
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
                "DSI mental health team",
                "A fixed interdisciplinary team for psychologically vulnerable sick-listed citizens; intake"
                        + " over three years; paid on two outcomes, each at most once per citizen.",
                List.of(new TargetGroup(
                        "PSYCHOLOGICALLY_VULNERABLE", "Psychologically vulnerable sick-listed citizens", 180, 156)),
                List.of(
                        new Phase("INTERVENTION", "Intervention", 26, List.of("AFTERCARE")),
                        new Phase("AFTERCARE", "Aftercare (efterværn)", 13, List.of())),
                List.of(
                        new TeamRole("COORDINATING_CASEWORKER", "Coordinating caseworker", true),
                        new TeamRole("COMPANY_CONSULTANT", "Company consultant", true),
                        new TeamRole("PSYCHOLOGIST", "Psychologist", true),
                        new TeamRole("OCCUPATIONAL_THERAPIST", "Occupational therapist", true),
                        new TeamRole("PROJECT_LEAD", "Project lead", true)),
                List.of(
                        new Activity("TEAM_MEETING", "Meeting with the team", ActivityKind.BASIC, null),
                        new Activity("PSYCHOLOGICAL_TREATMENT", "Psychological treatment", ActivityKind.BASIC, null),
                        new Activity("WORKPLACE_DIALOGUE", "Dialogue with the workplace", ActivityKind.BASIC, null),
                        new Activity("AFTERCARE_CALL", "Aftercare follow-up", ActivityKind.SUPPLEMENTARY, null)),
                List.of(
                        new EffectGoal("O1", "Self-supporting the week after aftercare ends", null),
                        new EffectGoal("O2", "Self-supporting at least 39 of the following 52 weeks", null)),
                TERMS_SCHEMA);
    }
}
