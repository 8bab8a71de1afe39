package dk.virkning.plugin;

import dk.virkning.pluginhost.Wire;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Calls into an installed plugin's code, which runs in a plugin host process: only data crosses, the
 * frozen input snapshot in, the result out. Every failure of plugin code arrives as a {@link
 * PluginCallException}; the caller decides what it means for its request.
 */
@Component
public class PluginCalls {

    private final PluginRegistry registry;
    private final HostPool hosts;

    PluginCalls(PluginRegistry registry, HostPool hosts) {
        this.registry = registry;
        this.hosts = hosts;
    }

    /** Runs the payment formula over the gzipped canonical input snapshot. */
    public FormulaResult evaluate(InstalledPlugin plugin, byte[] snapshot) throws PluginCallException {
        return hosts.call(
                plugin.id(),
                registry.artifact(plugin),
                plugin.bootstrap(),
                Wire.EVALUATE,
                snapshot,
                hosts.json().constructType(FormulaResult.class));
    }

    /** Runs the effect-goal evaluator over the gzipped canonical input snapshot. */
    public List<GoalResult> goals(InstalledPlugin plugin, byte[] snapshot) throws PluginCallException {
        return hosts.call(
                plugin.id(),
                registry.artifact(plugin),
                plugin.bootstrap(),
                Wire.GOALS,
                snapshot,
                hosts.json().getTypeFactory().constructCollectionType(List.class, GoalResult.class));
    }

    /** Asks the course recommender. */
    public Recommendation recommend(InstalledPlugin plugin, RecommendationContext context) throws PluginCallException {
        return hosts.call(
                plugin.id(),
                registry.artifact(plugin),
                plugin.bootstrap(),
                Wire.RECOMMEND,
                hosts.json().writeValueAsBytes(context),
                hosts.json().constructType(Recommendation.class));
    }
}
