package dk.virkning.snapshot;

import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a statement: SHA-256 over a canonical text of its content and the previous statement's
 * hash, so that the statements of a program form a chain that anyone can check. The platform hashes
 * its statements with this, and so does the offline verifier.
 */
public final class StatementHash {

    /** The kind of a line that earned money. */
    public static final String EARNED = "EARNED";

    /** The kind of a line that records a pending outcome. */
    public static final String PENDING = "PENDING";

    private StatementHash() {}

    /**
     * What a statement says besides its lines.
     *
     * @param program the program id
     * @param periodLabel the period's label, e.g. {@code 2024-Q1}
     * @param firstDay the period's first day
     * @param lastDay the period's last day
     * @param plugin the plugin version that computed it
     * @param inputSha256 the SHA-256 of its input snapshot
     * @param earned the cumulative earned amount
     * @param previouslySettled what earlier statements settled
     * @param due earned minus previously settled
     * @param previousHash the previous statement's hash, or {@code null} for the first
     */
    public record Header(
            String program,
            String periodLabel,
            LocalDate firstDay,
            LocalDate lastDay,
            PluginIdentity plugin,
            String inputSha256,
            BigDecimal earned,
            BigDecimal previouslySettled,
            BigDecimal due,
            String previousHash) {}

    /**
     * One line of a statement.
     *
     * @param lineNo its number from 1
     * @param kind {@link #EARNED} or {@link #PENDING}
     * @param participantId the pseudonymous participant, or {@code null} for a program-level line
     * @param outcome the outcome it is for
     * @param description what it says
     * @param quantity the quantity, or {@code null}
     * @param amount the amount, or {@code null} for a pending line
     * @param pendingKind what a pending line is ({@link PendingKind} name), or {@code null} for an earned
     *     line and for a pending line of a plugin that does not say (API 1.0)
     * @param openAmount the most a pending line can still earn, or {@code null} where not known
     */
    public record Line(
            int lineNo,
            String kind,
            String participantId,
            String outcome,
            String description,
            BigDecimal quantity,
            BigDecimal amount,
            String pendingKind,
            BigDecimal openAmount) {

        /** A line without a pending kind and open amount: an earned line, or a pending line of API 1.0. */
        public Line(
                int lineNo,
                String kind,
                String participantId,
                String outcome,
                String description,
                BigDecimal quantity,
                BigDecimal amount) {
            this(lineNo, kind, participantId, outcome, description, quantity, amount, null, null);
        }
    }

    /**
     * The pending kind a line records: {@code null} for a pending outcome as API 1.0 made it (no kind,
     * no amount), so that such a statement hashes as it did before kinds existed.
     */
    public static String recordedKind(PendingOutcome p) {
        return p.kind() == PendingKind.UNSPECIFIED && p.maxAmount() == null
                ? null
                : p.kind().name();
    }

    /** The statement lines a formula result makes: its earned lines, then its pending outcomes. */
    public static List<Line> lines(FormulaResult result) {
        List<Line> lines =
                new ArrayList<>(result.lines().size() + result.pending().size());
        for (ResultLine l : result.lines()) {
            lines.add(new Line(
                    lines.size() + 1,
                    EARNED,
                    l.participantId(),
                    l.outcome(),
                    l.description(),
                    l.quantity(),
                    l.amount()));
        }
        for (PendingOutcome p : result.pending()) {
            lines.add(new Line(
                    lines.size() + 1,
                    PENDING,
                    p.participantId(),
                    p.outcome(),
                    p.reason(),
                    null,
                    null,
                    recordedKind(p),
                    p.maxAmount()));
        }
        return lines;
    }

    /** The statement hash, lowercase hex. */
    public static String of(Header s, List<Line> lines) {
        StringBuilder out = new StringBuilder("virkning-statement/1\n");
        out.append(s.program()).append(' ').append(s.periodLabel()).append(' ');
        out.append(s.firstDay()).append(' ').append(s.lastDay()).append('\n');
        out.append(s.plugin().id()).append(' ').append(s.plugin().version()).append(' ');
        out.append(s.plugin().sha256()).append('\n');
        out.append("input ").append(s.inputSha256()).append('\n');
        out.append("earned ").append(plain(s.earned())).append(" previously ").append(plain(s.previouslySettled()));
        out.append(" due ").append(plain(s.due())).append('\n');
        out.append("previous ")
                .append(s.previousHash() == null ? "-" : s.previousHash())
                .append('\n');
        for (Line l : lines) {
            // Since API 1.1 a pending line's kind follows its line kind ("PENDING:BONUS") and its open
            // amount stands where an earned line's amount does ("max:1500.00"): fixed fields that no
            // plugin text can imitate. A line without a kind is written as before, so statements from
            // before kinds existed hash as they did.
            out.append(l.lineNo()).append('|').append(l.kind());
            if (l.pendingKind() != null) {
                out.append(':').append(l.pendingKind());
            }
            out.append('|');
            out.append(l.participantId() == null ? "-" : l.participantId()).append('|');
            out.append(l.outcome()).append('|').append(plain(l.quantity())).append('|');
            out.append(
                            l.pendingKind() != null && l.openAmount() != null
                                    ? "max:" + plain(l.openAmount())
                                    : plain(l.amount()))
                    .append('|')
                    .append(l.description().replace('\n', ' '))
                    .append('\n');
        }
        return HexFormat.of()
                .formatHex(Snapshot.sha256Digest().digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
