package dk.virkning.settlement;

import dk.virkning.audit.AuditLog;
import dk.virkning.database.BulkWork;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.snapshot.PluginIdentity;
import dk.virkning.snapshot.SnapshotReader;
import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaResult;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a stored statement by recomputing its content from its frozen input with the recorded
 * plugin, and hands out that input for verification offline.
 */
@Service
public class StatementVerifier {

    private final Settlements settlements;
    private final PluginRegistry plugins;
    private final FormulaRunner runner;
    private final StatementStore store;
    private final AuditLog audit;
    private final BulkWork bulk;

    StatementVerifier(
            Settlements settlements,
            PluginRegistry plugins,
            FormulaRunner runner,
            StatementStore store,
            AuditLog audit,
            BulkWork bulk) {
        this.settlements = settlements;
        this.plugins = plugins;
        this.runner = runner;
        this.store = store;
        this.audit = audit;
        this.bulk = bulk;
    }

    /**
     * Recomputes a stored statement from its snapshot with the recorded plugin version and compares
     * the input, artifact and statement hashes.
     */
    @Transactional(readOnly = true)
    public Verification verify(CurrentUser user, ProgramId programId, UUID statementId) {
        bulk.settlementTransaction();
        StoredStatement stored = settlements.get(user, programId, statementId);
        byte[] snapshot = store.snapshot(statementId);
        SnapshotReader.Parsed parsed = SnapshotReader.read(snapshot);
        String inputSha = parsed.sha256();
        PluginIdentity recorded = stored.content().plugin();
        Optional<InstalledPlugin> plugin = plugins.find(recorded.id(), recorded.version())
                .filter(p -> p.sha256().equals(recorded.sha256()));
        if (plugin.isEmpty()) {
            return new Verification(stored, inputSha, false, null, null);
        }
        FormulaResult result = runner.run(plugin.get(), parsed.context(), snapshot);
        BigDecimal earned = Dkk.round(result.earned());
        String hash =
                StatementHash.of(stored.content().recomputed(inputSha, earned), StatementCalculator.lines(result));
        return new Verification(stored, inputSha, true, hash, earned);
    }

    /**
     * The statement's gzipped input snapshot, as stored, for offline verification. It holds
     * person-level (pseudonymous) data, so the download is audit-logged.
     */
    @Transactional
    public Snapshot snapshot(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement stored = settlements.get(user, programId, statementId);
        byte[] gzip = store.snapshot(statementId);
        audit.record(
                user.subject(),
                "DOWNLOAD",
                "statement-snapshot",
                stored.id().toString(),
                "input " + stored.content().inputSha256());
        return new Snapshot(stored, gzip);
    }

    /** A stored snapshot and the statement it belongs to. */
    public record Snapshot(StoredStatement statement, byte[] gzip) {}

    /** The outcome of a verification. */
    public record Verification(
            StoredStatement stored,
            String recomputedInputSha256,
            boolean pluginMatches,
            String recomputedStatementHash,
            BigDecimal recomputedEarned) {

        public boolean inputMatches() {
            return stored.content().inputSha256().equals(recomputedInputSha256);
        }

        public boolean matches() {
            return inputMatches()
                    && pluginMatches
                    && stored.content().statementHash().equals(recomputedStatementHash);
        }
    }
}
