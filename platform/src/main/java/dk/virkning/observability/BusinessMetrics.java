package dk.virkning.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The platform's business metrics, scraped from {@code /actuator/prometheus} on the management port
 * (README, "Observability"). Meter names are Micrometer's dotted names; Prometheus shows them with
 * underscores and unit suffixes ({@code virkning_imports_total}, {@code
 * virkning_settlement_duration_seconds}).
 */
@Component
public class BusinessMetrics {

    private final MeterRegistry registry;

    public BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A register import was written: its format, data rows and how long it took. */
    public void importAccepted(String format, long rows, Duration duration) {
        Counter.builder("virkning.imports")
                .description("Register imports by outcome")
                .tag("outcome", "accepted")
                .tag("reason", "none")
                .register(registry)
                .increment();
        DistributionSummary.builder("virkning.import.rows")
                .description("Data rows of accepted register imports")
                .baseUnit("rows")
                .tag("format", format)
                .register(registry)
                .record(rows);
        Timer.builder("virkning.import.duration")
                .description("Time to read, check and write an accepted register import")
                .tag("format", format)
                .register(registry)
                .record(duration);
    }

    /** A register import was refused (nothing written), by problem type. */
    public void importRefused(String reason) {
        Counter.builder("virkning.imports")
                .description("Register imports by outcome")
                .tag("outcome", "refused")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    /** A statement was computed (drafted) in the given time. */
    public void settlementCompleted(Duration duration) {
        Timer.builder("virkning.settlement.duration")
                .description("Time to settle a period into a draft statement")
                .tag("outcome", "settled")
                .register(registry)
                .record(duration);
    }

    /** A settlement failed, by problem type (e.g. no-data, formula-failed) or {@code error}. */
    public void settlementFailed(String reason, Duration duration) {
        Counter.builder("virkning.settlement.failures")
                .description("Failed settlements by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
        Timer.builder("virkning.settlement.duration")
                .description("Time to settle a period into a draft statement")
                .tag("outcome", "failed")
                .register(registry)
                .record(duration);
    }

    /** A run of the periodic settlement on this replica (ShedLock lets one replica run at a time). */
    public void periodicSettlementRun(int drafts) {
        Counter.builder("virkning.settlement.periodic.runs")
                .description("Runs of the periodic settlement on this replica")
                .register(registry)
                .increment();
        Counter.builder("virkning.settlement.periodic.drafts")
                .description("Statements drafted by the periodic settlement")
                .register(registry)
                .increment(drafts);
    }

    /** One evaluation of a payment formula (settlement, forecast or verification). */
    public void formulaEvaluated(String pluginId, Duration duration) {
        Timer.builder("virkning.settlement.formula.duration")
                .description("Time spent in the plugin's payment formula")
                .tag("plugin", pluginId)
                .register(registry)
                .record(duration);
    }

    /**
     * One call into a plugin host: the plugin (a verified artifact's manifest id), the
     * operation ({@code evaluate}, {@code goals}, {@code recommend}, {@code describe}), how it ended
     * ({@code ok}, {@code refused}, {@code failed}, {@code timed_out}, {@code unloadable}, {@code
     * not_allowed}) and how long it took, waiting for a free host included.
     */
    public void pluginHostCall(String plugin, String operation, String outcome, Duration duration) {
        Timer.builder("virkning.plugin.host.calls")
                .description("Calls into plugin host processes by plugin, operation and outcome")
                .tag("plugin", plugin)
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry)
                .record(duration);
    }

    /** A plugin host process started. */
    public void pluginHostStarted(String pluginId) {
        Counter.builder("virkning.plugin.host.starts")
                .description("Plugin host processes started")
                .tag("plugin", pluginId)
                .register(registry)
                .increment();
    }

    /** A request was refused by authentication ({@code unauthorized}) or authorisation ({@code forbidden}). */
    public void authenticationFailed(String reason) {
        Counter.builder("virkning.auth.failures")
                .description("Requests refused for a missing or invalid token, or a role that does not allow them")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    /** The registry, for a feature that needs a meter of its own. */
    public MeterRegistry registry() {
        return registry;
    }
}
