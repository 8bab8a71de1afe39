package dk.virkning.settlement;

import dk.virkning.observability.BusinessMetrics;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.Programs;
import dk.virkning.shared.ProblemException;
import dk.virkning.snapshot.CanonicalJson;
import dk.virkning.snapshot.Snapshot;
import dk.virkning.snapshot.SnapshotReader;
import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.SettlementPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Computes a statement by cumulative true-up: the formula computes what was earned from the start to
 * the period's horizon over a frozen input snapshot; what is due is that minus what the last settled
 * statement earned. Writes nothing.
 */
@Component
class StatementCalculator {

    /** A computed statement with its frozen input and its lines. */
    record Computed(StoredStatement statement, Snapshot snapshot, List<StoredLine> lines) {}

    private final Programs programs;
    private final PluginRegistry plugins;
    private final SettlementInputs inputs;
    private final FormulaRunner runner;
    private final BusinessMetrics metrics;

    StatementCalculator(
            Programs programs,
            PluginRegistry plugins,
            SettlementInputs inputs,
            FormulaRunner runner,
            BusinessMetrics metrics) {
        this.programs = programs;
        this.plugins = plugins;
        this.inputs = inputs;
        this.runner = runner;
        this.metrics = metrics;
    }

    /**
     * @param chainHead the statement the new one follows in the hash chain
     * @param settledBefore what the program's last settled statement earned
     */
    Computed compute(
            Program program,
            String label,
            SettlementPeriod period,
            Optional<StoredStatement> chainHead,
            BigDecimal settledBefore,
            StatementStatus status,
            Instant at,
            String by) {
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin " + program.pluginId() + " "
                        + program.pluginVersion() + " is not installed"));
        Map<String, Object> terms = programs.termsMap(program);
        FormulaContext context = inputs.build(program, SnapshotReader.terms(CanonicalJson.write(terms)), period);
        if (context.participants().stream().allMatch(p -> p.statuses().length() == 0)) {
            throw ProblemException.unprocessable(
                    "no-data",
                    "There are no register data for the program up to " + period.lastDay() + "; nothing to settle",
                    List.of());
        }
        Snapshot snapshot = Snapshot.of(context, plugin.identity(), terms);
        long formulaStarted = System.nanoTime();
        FormulaResult result = runner.run(plugin, context, snapshot.gzip());
        metrics.formulaEvaluated(plugin.id(), Duration.ofNanos(System.nanoTime() - formulaStarted));
        BigDecimal earned = Dkk.round(result.earned());
        List<StoredLine> lines = lines(result);
        StatementContent unsigned = new StatementContent(
                program.id(),
                new StatementPeriod(label, period.firstDay(), period.lastDay()),
                plugin.identity(),
                snapshot.sha256(),
                chainHead.map(StatementLink::to).orElse(null),
                StatementAmounts.trueUp(earned, settledBefore),
                context.participants().size(),
                "");
        StoredStatement statement = new StoredStatement(
                UUID.randomUUID(),
                program.municipality(),
                unsigned.withStatementHash(StatementHash.of(unsigned, lines)),
                StatementLifecycle.created(status, at, by));
        return new Computed(statement, snapshot, lines);
    }

    /** The statement lines a formula result makes, numbered as the statement hash numbers them. */
    static List<StoredLine> lines(FormulaResult result) {
        List<dk.virkning.snapshot.StatementHash.Line> hashed = dk.virkning.snapshot.StatementHash.lines(result);
        List<StoredLine> lines = new ArrayList<>(hashed.size());
        for (dk.virkning.snapshot.StatementHash.Line l : hashed) {
            lines.add(new StoredLine(
                    l.lineNo(),
                    l.kind(),
                    l.participantId() == null ? null : UUID.fromString(l.participantId()),
                    l.outcome(),
                    l.description(),
                    l.quantity(),
                    l.amount(),
                    l.pendingKind() == null ? null : PendingKind.valueOf(l.pendingKind()),
                    l.openAmount()));
        }
        return lines;
    }
}
