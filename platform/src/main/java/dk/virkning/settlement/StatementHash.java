package dk.virkning.settlement;

import dk.virkning.shared.Sha256;
import java.math.BigDecimal;
import java.util.List;

/**
 * The hash of a statement: SHA-256 over a canonical text of its content and the previous statement's
 * hash, so that the statements of a program form a chain that anyone can check.
 */
final class StatementHash {

    private StatementHash() {}

    static String of(StoredStatement s, List<StoredLine> lines) {
        StringBuilder out = new StringBuilder("virkning-statement/1\n");
        out.append(s.program()).append(' ').append(s.periodLabel()).append(' ');
        out.append(s.firstDay()).append(' ').append(s.lastDay()).append('\n');
        out.append(s.pluginId()).append(' ').append(s.pluginVersion()).append(' ');
        out.append(s.pluginSha256()).append('\n');
        out.append("input ").append(s.inputSha256()).append('\n');
        out.append("earned ").append(plain(s.earned())).append(" previously ").append(plain(s.previouslySettled()));
        out.append(" due ").append(plain(s.due())).append('\n');
        out.append("previous ")
                .append(s.previousHash() == null ? "-" : s.previousHash())
                .append('\n');
        for (StoredLine l : lines) {
            out.append(l.lineNo()).append('|').append(l.kind()).append('|');
            out.append(l.participantId() == null ? "-" : l.participantId()).append('|');
            out.append(l.outcome()).append('|').append(plain(l.quantity())).append('|');
            out.append(plain(l.amount()))
                    .append('|')
                    .append(l.description().replace('\n', ' '))
                    .append('\n');
        }
        return Sha256.hex(out.toString());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
