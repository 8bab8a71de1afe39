package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginProperties;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.EffectGoalEvaluator;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.GoalEvaluationException;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ResultLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's formula contained: on its own thread with a time limit, its failures turned into a
 * problem for that one settlement, and its result checked before anything is written.
 */
@Component
class FormulaRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FormulaRunner.class);

    private final ExecutorService executor;
    private final PluginProperties properties;

    FormulaRunner(PluginProperties properties) {
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "formula-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    FormulaResult run(InstalledPlugin plugin, FormulaContext context) {
        return check(
                plugin,
                context,
                contained(plugin, () -> plugin.formula().evaluate(context), FormulaRunner::failed, "Formula"));
    }

    /** Runs the plugin's effect-goal evaluator under the same time limit and containment as its formula. */
    List<GoalResult> goals(InstalledPlugin plugin, EffectGoalEvaluator evaluator, FormulaContext context) {
        List<GoalResult> results =
                contained(plugin, () -> evaluator.evaluate(context), FormulaRunner::goalsFailed, "Goal evaluator");
        return results == null ? List.of() : results;
    }

    /**
     * Runs plugin code on its own thread with the time limit; any failure becomes the problem {@code
     * failure} makes, never an exception from the plugin.
     */
    private <T> T contained(
            InstalledPlugin plugin,
            Callable<T> work,
            BiFunction<InstalledPlugin, String, ProblemException> failure,
            String what) {
        Future<T> future = executor.submit(work);
        try {
            return future.get(properties.formulaTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failure.apply(
                    plugin,
                    "did not finish within " + properties.formulaTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FormulaException || e.getCause() instanceof GoalEvaluationException) {
                throw failure.apply(plugin, "refused the input: " + e.getCause().getMessage());
            }
            log.warn("{} of {} {} failed", what, plugin.id(), plugin.version(), e.getCause());
            throw failure.apply(plugin, "failed unexpectedly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw failure.apply(plugin, "was interrupted");
        }
    }

    private static ProblemException goalsFailed(InstalledPlugin plugin, String what) {
        return ProblemException.unprocessable(
                "goal-evaluation-failed",
                "The effect-goal evaluator of " + plugin.id() + " " + plugin.version() + " " + what,
                List.of());
    }

    private static FormulaResult check(InstalledPlugin plugin, FormulaContext context, FormulaResult result) {
        if (result == null || result.earned() == null) {
            throw failed(plugin, "returned no result");
        }
        Set<String> known = context.participants().stream()
                .map(ParticipantInput::participantId)
                .collect(Collectors.toSet());
        BigDecimal sum = BigDecimal.ZERO;
        for (ResultLine line : result.lines()) {
            if (line.amount().scale() > 2) {
                throw failed(plugin, "returned an amount with more than 2 decimals");
            }
            if (line.participantId() != null && !known.contains(line.participantId())) {
                throw failed(plugin, "returned a line for an unknown participant");
            }
            sum = sum.add(line.amount());
        }
        if (result.earned().scale() > 2 || sum.compareTo(result.earned()) != 0) {
            throw failed(plugin, "returned lines that do not add up to the earned amount");
        }
        result.pending().forEach(p -> {
            if (!known.contains(p.participantId())) {
                throw failed(plugin, "returned a pending outcome for an unknown participant");
            }
        });
        return result;
    }

    private static ProblemException failed(InstalledPlugin plugin, String what) {
        return ProblemException.unprocessable(
                "formula-failed",
                "The payment formula of " + plugin.id() + " " + plugin.version() + " " + what + "; nothing was settled",
                List.of());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
