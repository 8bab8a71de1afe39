package dk.virkning.pluginhost;

import dk.virkning.spi.CourseRecommender;
import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ModelException;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PluginApi;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** The one plugin version a host runs, loaded by PF4J from its artifact. */
final class LoadedPlugin {

    final PaymentFormula formula;
    final InterventionModelProvider model;
    final EffectGoalEvaluator evaluator;
    final CourseRecommender recommender;
    final Wire.Description description;

    private LoadedPlugin(
            PaymentFormula formula,
            InterventionModelProvider model,
            EffectGoalEvaluator evaluator,
            CourseRecommender recommender,
            Wire.Description description) {
        this.formula = formula;
        this.model = model;
        this.evaluator = evaluator;
        this.recommender = recommender;
        this.description = description;
    }

    /** Thrown with a reason fit for the uploader when the artifact is no loadable plugin. */
    static final class UnloadableException extends Exception {
        UnloadableException(String reason) {
            super(reason);
        }

        UnloadableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    static LoadedPlugin load(Path jar) throws UnloadableException {
        PluginManager manager = new DefaultPluginManager(jar.toAbsolutePath().getParent());
        manager.setSystemVersion(PluginApi.VERSION);
        String id;
        try {
            id = manager.loadPlugin(jar);
        } catch (RuntimeException e) {
            throw new UnloadableException("it is not a loadable PF4J plugin", e);
        }
        PluginWrapper wrapper = manager.getPlugin(id);
        if (manager.startPlugin(id) != PluginState.STARTED) {
            throw new UnloadableException("it could not be started");
        }
        List<PaymentFormula> formulas = manager.getExtensions(PaymentFormula.class, id);
        List<InterventionModelProvider> models = manager.getExtensions(InterventionModelProvider.class, id);
        if (formulas.size() != 1 || models.size() != 1) {
            throw new UnloadableException("it must have exactly one payment formula and one intervention model");
        }
        EffectGoalEvaluator evaluator = optional(manager, EffectGoalEvaluator.class, id);
        CourseRecommender recommender = optional(manager, CourseRecommender.class, id);
        try {
            return new LoadedPlugin(
                    formulas.get(0),
                    models.get(0),
                    evaluator,
                    recommender,
                    new Wire.Description(
                            id,
                            wrapper.getDescriptor().getVersion(),
                            formulas.get(0).id(),
                            models.get(0).id(),
                            evaluator == null ? null : evaluator.id(),
                            recommender == null ? null : recommender.id(),
                            models.get(0).describe()));
        } catch (ModelException e) {
            throw new UnloadableException("its model refused to describe itself: " + e.getMessage());
        }
    }

    private static <T> T optional(PluginManager manager, Class<T> type, String id) throws UnloadableException {
        List<T> found = manager.getExtensions(type, id);
        if (found.size() > 1) {
            throw new UnloadableException("it may have at most one " + type.getSimpleName());
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
