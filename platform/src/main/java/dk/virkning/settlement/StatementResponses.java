package dk.virkning.settlement;

import dk.virkning.api.model.OpenAmount;
import dk.virkning.api.model.PendingKind;
import dk.virkning.api.model.PendingOutcome;
import dk.virkning.api.model.Period;
import dk.virkning.api.model.Statement;
import dk.virkning.api.model.StatementLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A statement as the API shows it: its content, its lifecycle and, shown on its own, its lines. */
final class StatementResponses {

    private StatementResponses() {}

    static Period period(StatementPeriod p) {
        return new Period()
                .label(p.label())
                .firstDay(p.firstDay())
                .lastDay(p.lastDay())
                .horizon(p.horizon());
    }

    /** A statement in a list: its lines are left out (empty), the statement itself has them. */
    static Statement listed(StoredStatement s) {
        return withLines(s, List.of());
    }

    static Statement withLines(StoredStatement s, List<StoredLine> lines) {
        StatementContent c = s.content();
        StatementLifecycle l = s.lifecycle();
        return new Statement()
                .id(s.id())
                .programId(c.program().value())
                .municipalityId(s.municipality())
                .period(period(c.period()))
                .status(dk.virkning.api.model.StatementStatus.valueOf(l.status().name()))
                .pluginId(c.plugin().id())
                .pluginVersion(c.plugin().version())
                .pluginSha256(c.plugin().sha256())
                .inputSha256(c.inputSha256())
                .previousStatementId(c.previousId())
                .previousStatementHash(c.previousHash())
                .statementHash(c.statementHash())
                .earned(c.amounts().earned().toPlainString())
                .previouslySettled(c.amounts().previouslySettled().toPlainString())
                .due(c.amounts().due().toPlainString())
                .participants(c.participants())
                .lines(lines.stream()
                        .filter(line -> StoredLine.EARNED.equals(line.kind()))
                        .map(line -> new StatementLine()
                                .participantId(line.participantId())
                                .outcome(line.outcome())
                                .description(line.description())
                                .quantity(plain(line.quantity()))
                                .amount(plain(line.amount())))
                        .toList())
                .pending(lines.stream()
                        .filter(line -> StoredLine.PENDING.equals(line.kind()))
                        .map(line -> new PendingOutcome()
                                .participantId(line.participantId())
                                .outcome(line.outcome())
                                .reason(line.description())
                                .kind(PendingKind.valueOf(line.openKind().name()))
                                .openAmount(plain(line.openAmount())))
                        .toList())
                .openAmounts(OpenTotal.of(lines).stream()
                        .map(t -> new OpenAmount()
                                .kind(PendingKind.valueOf(t.kind().name()))
                                .pending(t.pending())
                                .participants(t.persons())
                                .amount(t.amount().toPlainString())
                                .unbounded(t.unbounded()))
                        .toList())
                .createdAt(utc(l.createdAt()))
                .createdBy(l.createdBy())
                .issuedAt(utc(l.issuedAt()))
                .issuedBy(l.issuedBy())
                .decidedAt(utc(l.decidedAt()))
                .decidedBy(l.decidedBy())
                .disputeReason(l.disputeReason())
                .forecast(l.status() == StatementStatus.FORECAST);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
