package dk.virkning.settlement;

import dk.virkning.audit.AuditLog;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.plugin.api.Dkk;
import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.FormulaResult;
import dk.virkning.plugin.api.PendingOutcome;
import dk.virkning.plugin.api.ResultLine;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a program's period by cumulative true-up: the formula computes what was earned from the
 * start to the period's end; what is due is that minus what earlier statements settled. The result
 * is an immutable statement that records everything needed to recompute and check it.
 */
@Service
public class Settlements {

    static final String ISSUED = "ISSUED";

    private final Programs programs;
    private final PluginRegistry plugins;
    private final SettlementInputs inputs;
    private final FormulaRunner runner;
    private final StatementStore store;
    private final SnapshotReader snapshots;
    private final AuditLog audit;
    private final Clock clock;

    Settlements(
            Programs programs,
            PluginRegistry plugins,
            SettlementInputs inputs,
            FormulaRunner runner,
            StatementStore store,
            SnapshotReader snapshots,
            AuditLog audit,
            Clock clock) {
        this.programs = programs;
        this.plugins = plugins;
        this.inputs = inputs;
        this.runner = runner;
        this.store = store;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /** Settles a quarter and issues its statement; the program row lock serialises settlements. */
    @Transactional
    public StoredStatement settle(CurrentUser user, ProgramId programId, String periodLabel) {
        Quarter quarter = Quarter.parse(periodLabel);
        Program program = programs.lock(user, programId);
        requireSettleable(program, quarter);
        Optional<StoredStatement> previous = store.latest(programId);
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin " + program.pluginId() + " "
                        + program.pluginVersion() + " is not installed"));
        Map<String, Object> terms = programs.termsMap(program);
        FormulaContext context = inputs.build(program, snapshots.terms(CanonicalJson.write(terms)), quarter.period());
        if (context.participants().stream().allMatch(p -> p.statuses().length() == 0)) {
            throw ProblemException.unprocessable(
                    "no-data",
                    "There are no register data for the program up to " + quarter.lastDay() + "; nothing to settle",
                    List.of());
        }
        InputSnapshot snapshot = InputSnapshot.of(context, plugin, terms);
        FormulaResult result = runner.run(plugin, context);
        BigDecimal settledBefore = previous.map(StoredStatement::earned).orElse(Dkk.zero());
        BigDecimal earned = Dkk.round(result.earned());
        List<StoredLine> lines = lines(result);
        StoredStatement unsigned = new StoredStatement(
                UUID.randomUUID(),
                programId,
                program.municipality(),
                quarter.label(),
                quarter.firstDay(),
                quarter.lastDay(),
                ISSUED,
                plugin.id(),
                plugin.version(),
                plugin.sha256(),
                snapshot.sha256(),
                previous.map(StoredStatement::id).orElse(null),
                previous.map(StoredStatement::statementHash).orElse(null),
                "",
                earned,
                settledBefore,
                earned.subtract(settledBefore),
                context.participants().size(),
                clock.instant(),
                user.subject());
        StoredStatement statement = unsigned.withStatementHash(StatementHash.of(unsigned, lines));
        store.insert(statement, snapshot.gzip(), lines);
        audit.record(user.subject(), "SETTLE", "statement", statement.id().toString(), quarter.label());
        return statement;
    }

    /**
     * Recomputes an issued statement from its stored snapshot with the recorded plugin version and
     * compares the input, artifact and statement hashes.
     */
    @Transactional(readOnly = true)
    public Verification verify(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement stored = get(user, programId, statementId);
        SnapshotReader.Parsed parsed = snapshots.read(store.snapshot(statementId));
        String inputSha = parsed.sha256();
        Optional<InstalledPlugin> plugin = plugins.find(stored.pluginId(), stored.pluginVersion())
                .filter(p -> p.sha256().equals(stored.pluginSha256()));
        if (plugin.isEmpty()) {
            return new Verification(stored, inputSha, false, null, null);
        }
        FormulaResult result = runner.run(plugin.get(), parsed.context());
        BigDecimal earned = Dkk.round(result.earned());
        String hash = StatementHash.of(stored.recomputed(inputSha, earned), lines(result));
        return new Verification(stored, inputSha, true, hash, earned);
    }

    /** The outcome of a verification. */
    public record Verification(
            StoredStatement stored,
            String recomputedInputSha256,
            boolean pluginMatches,
            String recomputedStatementHash,
            BigDecimal recomputedEarned) {

        public boolean inputMatches() {
            return stored.inputSha256().equals(recomputedInputSha256);
        }

        public boolean matches() {
            return inputMatches() && pluginMatches && stored.statementHash().equals(recomputedStatementHash);
        }
    }

    @Transactional(readOnly = true)
    public Page<StoredStatement> list(CurrentUser user, ProgramId programId, Pageable pageable) {
        programs.get(user, programId);
        return store.list(List.of(programId.value()), pageable);
    }

    @Transactional(readOnly = true)
    public StoredStatement get(CurrentUser user, ProgramId programId, UUID statementId) {
        programs.get(user, programId);
        return store.find(statementId)
                .filter(s -> s.program().equals(programId))
                .orElseThrow(() -> ProblemException.notFound("Statement " + statementId));
    }

    /** The statements of the given programs, newest period first (the caller scopes the tenant). */
    @Transactional(readOnly = true)
    public Page<StoredStatement> statementsOf(List<ProgramId> programIds, Pageable pageable) {
        return store.list(programIds.stream().map(ProgramId::value).toList(), pageable);
    }

    /** A statement by id (the caller scopes the tenant and checks access). */
    @Transactional(readOnly = true)
    public Optional<StoredStatement> find(UUID statementId) {
        return store.find(statementId);
    }

    @Transactional(readOnly = true)
    public List<StoredLine> lines(UUID statementId) {
        return store.lines(statementId);
    }

    private void requireSettleable(Program program, Quarter quarter) {
        if (quarter.lastDay().isBefore(program.startDate())) {
            throw ProblemException.unprocessable(
                    "period-before-program",
                    "The period " + quarter.label() + " ends before the program starts on " + program.startDate(),
                    List.of(ProblemError.field("period", "ends before the program starts")));
        }
        if (store.exists(program.id(), quarter.label())) {
            throw ProblemException.conflict("The period " + quarter.label() + " is settled already; corrections"
                    + " flow into the next period's statement");
        }
        store.latest(program.id()).ifPresent(latest -> {
            if (!latest.firstDay().isBefore(quarter.firstDay())) {
                throw ProblemException.conflict("Periods are settled in order: " + latest.periodLabel()
                        + " is settled already, so " + quarter.label() + " can no longer be");
            }
        });
    }

    private static List<StoredLine> lines(FormulaResult result) {
        List<StoredLine> lines = new ArrayList<>();
        for (ResultLine l : result.lines()) {
            lines.add(new StoredLine(
                    lines.size() + 1,
                    StoredLine.EARNED,
                    l.participantId() == null ? null : UUID.fromString(l.participantId()),
                    l.outcome(),
                    l.description(),
                    l.quantity(),
                    l.amount()));
        }
        for (PendingOutcome p : result.pending()) {
            lines.add(new StoredLine(
                    lines.size() + 1,
                    StoredLine.PENDING,
                    UUID.fromString(p.participantId()),
                    p.outcome(),
                    p.reason(),
                    null,
                    null));
        }
        return lines;
    }
}
