package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import dk.virkning.snapshot.PluginIdentity;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a statement says, which its hash covers together with its lines (see {@link StatementHash}),
 * and which never changes once stored. The lines are read separately ({@link Settlements#lines}),
 * so that listing statements does not read them.
 *
 * @param inputSha256 the SHA-256 of the frozen input snapshot
 * @param previous the statement this one follows in the hash chain; null for the first
 * @param participants how many participants the input held
 * @param statementHash the hash over everything else and the lines; empty while it is computed
 */
public record StatementContent(
        ProgramId program,
        StatementPeriod period,
        PluginIdentity plugin,
        String inputSha256,
        StatementLink previous,
        StatementAmounts amounts,
        int participants,
        String statementHash) {

    public UUID previousId() {
        return previous == null ? null : previous.id();
    }

    public String previousHash() {
        return previous == null ? null : previous.hash();
    }

    /** The content as recomputed from its input: new input hash and amounts, no hash yet. */
    StatementContent recomputed(String recomputedInputSha256, BigDecimal recomputedEarned) {
        return new StatementContent(
                program,
                period,
                plugin,
                recomputedInputSha256,
                previous,
                StatementAmounts.trueUp(recomputedEarned, amounts.previouslySettled()),
                participants,
                "");
    }

    /** The same content carrying its hash, which is computed over everything else. */
    StatementContent withStatementHash(String hash) {
        return new StatementContent(program, period, plugin, inputSha256, previous, amounts, participants, hash);
    }
}
