package dk.virkning.plugin;

import dk.virkning.spi.CourseRecommender;
import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ModelException;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PluginApi;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads one plugin artifact into a PF4J manager of its own, so that several versions of the same
 * plugin id can be loaded side by side, each in its own class loader.
 */
final class PluginLoader {

    private PluginLoader() {}

    /** A loaded artifact and the manager that holds it. */
    record Loaded(InstalledPlugin plugin, PluginManager manager) implements AutoCloseable {
        @Override
        public void close() {
            unload(manager);
        }
    }

    /**
     * Loads and starts the artifact and asks it to describe itself.
     *
     * @throws PluginLoadException with a reason fit for the uploader when anything fails
     */
    static Loaded load(Path jar, String sha256, UUID organisation) throws PluginLoadException {
        PluginManager manager = new DefaultPluginManager(jar.getParent());
        manager.setSystemVersion(PluginApi.VERSION);
        try {
            String id = manager.loadPlugin(jar);
            PluginWrapper wrapper = manager.getPlugin(id);
            if (manager.startPlugin(id) != PluginState.STARTED) {
                throw new PluginLoadException("it could not be started");
            }
            List<PaymentFormula> formulas = manager.getExtensions(PaymentFormula.class, id);
            List<InterventionModelProvider> models = manager.getExtensions(InterventionModelProvider.class, id);
            if (formulas.size() != 1 || models.size() != 1) {
                throw new PluginLoadException("it must have exactly one payment formula and one intervention model");
            }
            if (!id.equals(formulas.get(0).id()) || !id.equals(models.get(0).id())) {
                throw new PluginLoadException("its extensions' id() must equal its Plugin-Id " + id);
            }
            EffectGoalEvaluator evaluator = optionalExtension(manager, EffectGoalEvaluator.class, id);
            CourseRecommender recommender = optionalExtension(manager, CourseRecommender.class, id);
            if ((evaluator != null && !id.equals(evaluator.id()))
                    || (recommender != null && !id.equals(recommender.id()))) {
                throw new PluginLoadException("its extensions' id() must equal its Plugin-Id " + id);
            }
            InterventionModel model = models.get(0).describe();
            var d = wrapper.getDescriptor();
            return new Loaded(
                    new InstalledPlugin(
                            id,
                            d.getVersion(),
                            d.getProvider(),
                            d.getPluginDescription(),
                            sha256,
                            model,
                            formulas.get(0),
                            d.getRequires(),
                            organisation,
                            evaluator,
                            recommender),
                    manager);
        } catch (PluginLoadException e) {
            unload(manager);
            throw e;
        } catch (ModelException | RuntimeException | LinkageError e) {
            unload(manager);
            throw new PluginLoadException("it failed while loading or describing itself", e);
        }
    }

    private static <T> T optionalExtension(PluginManager manager, Class<T> type, String id) throws PluginLoadException {
        List<T> found = manager.getExtensions(type, id);
        if (found.size() > 1) {
            throw new PluginLoadException("it may have at most one " + type.getSimpleName());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Stops and unloads plugin by plugin: PF4J 3.15's stopPlugins() iterates the list of started
     * plugins while stopping removes from it, and fails with a ConcurrentModificationException.
     */
    static void unload(PluginManager manager) {
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            manager.unloadPlugin(plugin.getPluginId());
        }
    }
}
