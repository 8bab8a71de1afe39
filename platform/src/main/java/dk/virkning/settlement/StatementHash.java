package dk.virkning.settlement;

import java.util.List;

/** The hash of a statement's content and lines, as the snapshot codec defines it for the platform and auditors alike. */
final class StatementHash {

    private StatementHash() {}

    static String of(StatementContent c, List<StoredLine> lines) {
        return dk.virkning.snapshot.StatementHash.of(
                new dk.virkning.snapshot.StatementHash.Header(
                        c.program().toString(),
                        c.period().label(),
                        c.period().firstDay(),
                        c.period().lastDay(),
                        c.plugin(),
                        c.inputSha256(),
                        c.amounts().earned(),
                        c.amounts().previouslySettled(),
                        c.amounts().due(),
                        c.previousHash()),
                lines.stream()
                        .map(l -> new dk.virkning.snapshot.StatementHash.Line(
                                l.lineNo(),
                                l.kind(),
                                l.participantId() == null
                                        ? null
                                        : l.participantId().toString(),
                                l.outcome(),
                                l.description(),
                                l.quantity(),
                                l.amount(),
                                l.pendingKind() == null ? null : l.pendingKind().name(),
                                l.openAmount()))
                        .toList());
    }
}
