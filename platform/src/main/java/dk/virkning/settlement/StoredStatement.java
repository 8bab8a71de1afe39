package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An issued statement as stored. Immutable, in the database too. */
public record StoredStatement(
        UUID id,
        ProgramId program,
        String municipality,
        String periodLabel,
        LocalDate firstDay,
        LocalDate lastDay,
        String status,
        String pluginId,
        String pluginVersion,
        String pluginSha256,
        String inputSha256,
        UUID previousId,
        String previousHash,
        String statementHash,
        BigDecimal earned,
        BigDecimal previouslySettled,
        BigDecimal due,
        int participants,
        Instant issuedAt,
        String issuedBy) {

    /** The statement as recomputed from its input: new input hash and amounts, no hash yet. */
    StoredStatement recomputed(String recomputedInputSha256, BigDecimal recomputedEarned) {
        return new StoredStatement(
                id,
                program,
                municipality,
                periodLabel,
                firstDay,
                lastDay,
                status,
                pluginId,
                pluginVersion,
                pluginSha256,
                recomputedInputSha256,
                previousId,
                previousHash,
                "",
                recomputedEarned,
                previouslySettled,
                recomputedEarned.subtract(previouslySettled),
                participants,
                issuedAt,
                issuedBy);
    }

    /** The same statement carrying its hash, which is computed over everything else. */
    StoredStatement withStatementHash(String hash) {
        return new StoredStatement(
                id,
                program,
                municipality,
                periodLabel,
                firstDay,
                lastDay,
                status,
                pluginId,
                pluginVersion,
                pluginSha256,
                inputSha256,
                previousId,
                previousHash,
                hash,
                earned,
                previouslySettled,
                due,
                participants,
                issuedAt,
                issuedBy);
    }
}
