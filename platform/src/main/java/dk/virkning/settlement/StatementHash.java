package dk.virkning.settlement;

import dk.virkning.snapshot.PluginIdentity;
import java.util.List;

/** The hash of a stored statement, as the snapshot codec defines it for the platform and auditors alike. */
final class StatementHash {

    private StatementHash() {}

    static String of(StoredStatement s, List<StoredLine> lines) {
        return dk.virkning.snapshot.StatementHash.of(
                new dk.virkning.snapshot.StatementHash.Header(
                        s.program().toString(),
                        s.periodLabel(),
                        s.firstDay(),
                        s.lastDay(),
                        new PluginIdentity(s.pluginId(), s.pluginVersion(), s.pluginSha256()),
                        s.inputSha256(),
                        s.earned(),
                        s.previouslySettled(),
                        s.due(),
                        s.previousHash()),
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
                                l.amount()))
                        .toList());
    }
}
