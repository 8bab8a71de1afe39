package dk.virkning.plugin;

import dk.virkning.snapshot.PluginIdentity;
import dk.virkning.spi.InterventionModel;
import java.util.UUID;

/**
 * An installed plugin version, as its host described it. Only data: the plugin's code runs in a
 * plugin host process, never in the platform; {@link PluginCalls} calls into it.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param provider who made it
 * @param description what it is
 * @param sha256 the SHA-256 of the artifact it was loaded from
 * @param model its intervention model
 * @param requires the plugin API range it declares
 * @param organisation the organisation that signed and uploaded it, or {@code null} for a bootstrap
 *     plugin from the plugin directory
 * @param hasGoalEvaluator whether it has an effect-goal evaluator
 * @param hasCourseRecommender whether it has a course recommender
 */
public record InstalledPlugin(
        String id,
        String version,
        String provider,
        String description,
        String sha256,
        InterventionModel model,
        String requires,
        UUID organisation,
        boolean hasGoalEvaluator,
        boolean hasCourseRecommender) {

    /** Whether it came from the plugin directory rather than an upload. */
    public boolean bootstrap() {
        return organisation == null;
    }

    /** The identity a settlement snapshot records. */
    public PluginIdentity identity() {
        return new PluginIdentity(id, version, sha256);
    }
}
