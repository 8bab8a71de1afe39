package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A statement as stored. Its content (everything the statement hash covers) never changes once
 * issued, in the database too; only its state moves: {@link #DRAFT} to {@link #ISSUED} to {@link
 * #APPROVED} or {@link #DISPUTED}.
 *
 * @param issuedAt when it was issued; null for a draft
 * @param decidedAt when the municipality approved or disputed it; null before
 */
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
        Instant createdAt,
        String createdBy,
        Instant issuedAt,
        String issuedBy,
        Instant decidedAt,
        String decidedBy,
        String disputeReason) {

    /** Computed and hashed, not binding; may be discarded or recomputed. */
    public static final String DRAFT = "DRAFT";
    /** Binding and immutable; settles its period. */
    public static final String ISSUED = "ISSUED";
    /** Issued and approved by the municipality; settles its period. */
    public static final String APPROVED = "APPROVED";
    /** Issued and disputed by the municipality; settles nothing, a correction may follow. */
    public static final String DISPUTED = "DISPUTED";
    /** A dry run, never stored. */
    public static final String FORECAST = "FORECAST";

    /** Whether this statement settles its period: issued or approved, not a draft or disputed. */
    public boolean settles() {
        return ISSUED.equals(status) || APPROVED.equals(status);
    }

    /** Whether it has been issued (whatever the municipality decided since). */
    public boolean issued() {
        return ISSUED.equals(status) || APPROVED.equals(status) || DISPUTED.equals(status);
    }

    /** The statement as recomputed from its input: new input hash and amounts, no hash yet. */
    StoredStatement recomputed(String recomputedInputSha256, BigDecimal recomputedEarned) {
        return with(recomputedInputSha256, "", recomputedEarned, recomputedEarned.subtract(previouslySettled));
    }

    /** The same statement carrying its hash, which is computed over everything else. */
    StoredStatement withStatementHash(String hash) {
        return with(inputSha256, hash, earned, due);
    }

    private StoredStatement with(String input, String hash, BigDecimal newEarned, BigDecimal newDue) {
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
                input,
                previousId,
                previousHash,
                hash,
                newEarned,
                previouslySettled,
                newDue,
                participants,
                createdAt,
                createdBy,
                issuedAt,
                issuedBy,
                decidedAt,
                decidedBy,
                disputeReason);
    }
}
