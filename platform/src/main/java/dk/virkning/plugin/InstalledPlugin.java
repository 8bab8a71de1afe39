package dk.virkning.plugin;

import dk.virkning.spi.CourseRecommender;
import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.PaymentFormula;
import java.util.Optional;
import java.util.UUID;

/**
 * A loaded plugin version.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param provider who made it
 * @param description what it is
 * @param sha256 the SHA-256 of the artifact it was loaded from
 * @param model its intervention model
 * @param formula its payment formula
 * @param requires the plugin API range it declares
 * @param organisation the organisation that signed and uploaded it, or {@code null} for a bootstrap
 *     plugin from the plugin directory
 * @param evaluator its optional effect-goal evaluator, or {@code null}
 * @param recommender its optional course recommender, or {@code null}
 */
public record InstalledPlugin(
        String id,
        String version,
        String provider,
        String description,
        String sha256,
        InterventionModel model,
        PaymentFormula formula,
        String requires,
        UUID organisation,
        EffectGoalEvaluator evaluator,
        CourseRecommender recommender) {

    /** A plugin with neither an effect-goal evaluator nor a course recommender. */
    public InstalledPlugin(
            String id,
            String version,
            String provider,
            String description,
            String sha256,
            InterventionModel model,
            PaymentFormula formula,
            String requires,
            UUID organisation) {
        this(id, version, provider, description, sha256, model, formula, requires, organisation, null, null);
    }

    /** Its effect-goal evaluator, if it has one. */
    public Optional<EffectGoalEvaluator> goalEvaluator() {
        return Optional.ofNullable(evaluator);
    }

    /** Its course recommender, if it has one. */
    public Optional<CourseRecommender> courseRecommender() {
        return Optional.ofNullable(recommender);
    }

    /** Whether it came from the plugin directory rather than an upload. */
    public boolean bootstrap() {
        return organisation == null;
    }
}
