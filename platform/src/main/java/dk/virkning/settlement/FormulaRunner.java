package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginProperties;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.FormulaException;
import dk.virkning.plugin.api.FormulaResult;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ResultLine;
import dk.virkning.shared.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
        Future<FormulaResult> future = executor.submit(() -> plugin.formula().evaluate(context));
        try {
            FormulaResult result = future.get(properties.formulaTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return check(plugin, context, result);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failed(
                    plugin,
                    "did not finish within " + properties.formulaTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FormulaException fe) {
                throw failed(plugin, "refused the input: " + fe.getMessage());
            }
            log.warn("Formula of {} {} failed", plugin.id(), plugin.version(), e.getCause());
            throw failed(plugin, "failed unexpectedly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw failed(plugin, "was interrupted");
        }
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
