package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModel.EffectGoal;
import dk.virkning.spi.InterventionModel.Phase;
import dk.virkning.spi.InterventionModel.TargetGroup;
import dk.virkning.spi.InterventionModel.TeamRole;
import dk.virkning.spi.InterventionModelProvider;
import java.util.List;
import org.pf4j.Extension;

/**
 * Copenhagen's course packages (DOMAIN.md 6.4): every sick-listed citizen, six guidance packages and
 * six package courses per provider. The capacity and the course's maximum length are our assumptions.
 */
@Extension
public class CoursePackagesModel implements InterventionModelProvider {

    static final String ID = "copenhagen-course-packages";

    private static final String TERMS_SCHEMA =
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Copenhagen course package terms",
              "type": "object",
              "additionalProperties": false,
              "required": ["priceList", "startShare", "recoveryBonus", "bonusWeeksShort", "bonusWeeksLong"],
              "properties": {
                "priceList": {
                  "type": "object",
                  "description": "Price of each package course, DKK",
                  "additionalProperties": false,
                  "required": ["WORKPLACE_MENTAL_BASIC", "WORKPLACE_MENTAL_EXTENDED", "WORKPLACE_PHYSICAL_BASIC",
                               "WORKPLACE_PHYSICAL_EXTENDED", "INTERDISCIPLINARY_BASIC", "INTERDISCIPLINARY_EXTENDED"],
                  "patternProperties": {"^[A-Z_]+$": {"type": "number", "minimum": 0}}
                },
                "startShare": {"type": "number", "minimum": 0, "maximum": 1,
                  "description": "Share of the price paid at the start; the rest at completion"},
                "recoveryBonus": {"type": "number", "minimum": 0,
                  "description": "DKK when the first week off sickness benefit is self-supporting in time"},
                "bonusWeeksShort": {"type": "integer", "minimum": 1, "maximum": 104,
                  "description": "Bonus window of the short packages P1 and P3, weeks"},
                "bonusWeeksLong": {"type": "integer", "minimum": 1, "maximum": 104,
                  "description": "Bonus window of the other packages, weeks"}
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
                "Copenhagen course packages",
                "Guidance packages 1-6 with basic and supplementary activities, and package courses of three"
                        + " intervention areas in two intensities. Packages guide; they never replace an"
                        + " individually planned effort.",
                List.of(new TargetGroup("SICKNESS_BENEFIT", "Sick-listed citizens on sickness benefit", 100_000)),
                List.of(new Phase("PACKAGE_COURSE", "Package course", 52, List.of())),
                List.of(
                        new TeamRole("CASEWORKER", "Caseworker at the jobcenter", true),
                        new TeamRole("PROVIDER_CONSULTANT", "Consultant at the provider", true)),
                Catalogue.ACTIVITIES,
                List.of(new EffectGoal(
                        "RECOVERY",
                        "First week off sickness benefit is self-supporting, within the bonus window",
                        null)),
                TERMS_SCHEMA,
                Catalogue.PACKAGES,
                Catalogue.COURSES);
    }
}
