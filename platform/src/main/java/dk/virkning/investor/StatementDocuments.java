package dk.virkning.investor;

import dk.virkning.api.model.InvestorStatement;
import dk.virkning.api.model.OpenAmountAggregate;
import dk.virkning.api.model.OutcomeAggregate;
import dk.virkning.audit.AuditLog;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.settlement.Settlements;
import dk.virkning.settlement.StatementAmounts;
import dk.virkning.settlement.StatementContent;
import dk.virkning.settlement.StatementPeriod;
import dk.virkning.settlement.StoredLine;
import dk.virkning.settlement.StoredStatement;
import dk.virkning.tenant.Municipalities;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the downloadable statements. An investor's document is made from the aggregated statement
 * ({@link InvestorStatements}), so it can hold nothing the JSON view does not: no participant id, no
 * cell under five persons. A municipality's document holds every line, with pseudonymous
 * participant ids only (the platform stores no CPR number); its download is audit-logged, as every
 * read of participant data is.
 */
@Service
class StatementDocuments {

    static final List<String> INVESTOR_CSV_COLUMNS = List.of("section", "item", "value", "participants", "suppressed");
    static final List<String> FULL_CSV_COLUMNS =
            List.of("section", "lineNo", "participantId", "outcome", "description", "quantity", "amount");

    private final InvestorStatements investorStatements;
    private final Settlements settlements;
    private final Programs programs;
    private final Municipalities municipalities;
    private final AuditLog audit;

    StatementDocuments(
            InvestorStatements investorStatements,
            Settlements settlements,
            Programs programs,
            Municipalities municipalities,
            AuditLog audit) {
        this.investorStatements = investorStatements;
        this.settlements = settlements;
        this.programs = programs;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /** The aggregated statement for an investor (the caller sets the all-tenants context). */
    @Transactional(readOnly = true)
    public InvestorStatement investorStatement(dk.virkning.organisation.OrganisationId investor, UUID statementId) {
        return investorStatements.get(investor, statementId);
    }

    static StatementDocument investorDocument(InvestorStatement s) {
        List<StatementDocument.Fact> facts = new ArrayList<>(List.of(
                new StatementDocument.Fact("Municipality", s.getMunicipalityName()),
                new StatementDocument.Fact("Program", s.getProgramName()),
                new StatementDocument.Fact(
                        "Period",
                        s.getPeriod().getLabel() + " (" + s.getPeriod().getFirstDay() + " – "
                                + s.getPeriod().getLastDay() + ")"),
                new StatementDocument.Fact("Plugin", s.getPluginId() + " " + s.getPluginVersion()),
                new StatementDocument.Fact("Statement", s.getId().toString()),
                new StatementDocument.Fact("Statement hash", s.getStatementHash()),
                new StatementDocument.Fact("Input SHA-256", s.getInputSha256()),
                new StatementDocument.Fact(
                        "Issued",
                        s.getIssuedAt().withOffsetSameInstant(ZoneOffset.UTC).toString()),
                new StatementDocument.Fact("Earned (cumulative, DKK)", s.getEarned()),
                new StatementDocument.Fact("Previously settled (DKK)", s.getPreviouslySettled()),
                new StatementDocument.Fact("Due (DKK)", s.getDue()),
                new StatementDocument.Fact(
                        "Participants",
                        Boolean.TRUE.equals(s.getParticipantsSuppressed())
                                ? "suppressed (fewer than 5)"
                                : String.valueOf(s.getParticipants()))));
        for (OpenAmountAggregate o : s.getOpenAmounts()) {
            facts.add(new StatementDocument.Fact(
                    "Open at most, " + o.getKind().getValue() + " (DKK)",
                    Boolean.TRUE.equals(o.getSuppressed())
                            ? "suppressed (fewer than 5)"
                            : o.getAmount() + " for " + o.getParticipants() + " participants"
                                    + (o.getUnbounded() == null || o.getUnbounded() == 0
                                            ? ""
                                            : ", and " + o.getUnbounded() + " outcomes without a known amount")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeAggregate o : s.getOutcomes()) {
            boolean suppressed = Boolean.TRUE.equals(o.getSuppressed());
            rows.add(List.of(
                    o.getOutcome(),
                    suppressed ? "suppressed" : o.getParticipants() == null ? "–" : String.valueOf(o.getParticipants()),
                    suppressed ? "suppressed" : o.getAmount()));
        }
        return new StatementDocument(
                "Statement " + s.getPeriod().getLabel() + " – " + s.getProgramName(),
                fileName(s.getMunicipalityId(), s.getPeriod().getLabel(), s.getId()),
                facts,
                List.of("Outcome", "Participants", "Amount (DKK)"),
                rows,
                "Aggregated for investors: no person-level data; cells of fewer than 5 persons are suppressed.");
    }

    static String investorCsv(InvestorStatement s) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(fact("statementId", s.getId().toString()));
        rows.add(fact("municipality", s.getMunicipalityName()));
        rows.add(fact("program", s.getProgramName()));
        rows.add(fact("period", s.getPeriod().getLabel()));
        rows.add(fact("statementHash", s.getStatementHash()));
        rows.add(fact("earned", s.getEarned()));
        rows.add(fact("previouslySettled", s.getPreviouslySettled()));
        rows.add(fact("due", s.getDue()));
        boolean countSuppressed = Boolean.TRUE.equals(s.getParticipantsSuppressed());
        rows.add(List.of(
                "STATEMENT",
                "participants",
                "",
                countSuppressed ? "" : String.valueOf(s.getParticipants()),
                String.valueOf(countSuppressed)));
        for (OutcomeAggregate o : s.getOutcomes()) {
            boolean suppressed = Boolean.TRUE.equals(o.getSuppressed());
            rows.add(List.of(
                    "OUTCOME",
                    o.getOutcome(),
                    suppressed || o.getAmount() == null ? "" : o.getAmount(),
                    suppressed || o.getParticipants() == null ? "" : String.valueOf(o.getParticipants()),
                    String.valueOf(suppressed)));
        }
        for (OpenAmountAggregate o : s.getOpenAmounts()) {
            boolean suppressed = Boolean.TRUE.equals(o.getSuppressed());
            rows.add(List.of(
                    "OPEN",
                    o.getKind().getValue(),
                    suppressed ? "" : o.getAmount(),
                    suppressed ? "" : String.valueOf(o.getParticipants()),
                    String.valueOf(suppressed)));
        }
        return StatementCsv.render(INVESTOR_CSV_COLUMNS, rows);
    }

    /**
     * A statement with all its lines for the municipality (or provider) that may read it; read-write
     * because the download is audit-logged in the same transaction.
     */
    @Transactional
    public Full full(CurrentUser user, ProgramId programId, UUID statementId, String format) {
        StoredStatement statement = settlements.get(user, programId, statementId);
        Program program = programs.get(user, programId);
        List<StoredLine> lines = settlements.lines(statementId);
        audit.record(user.subject(), "DOWNLOAD_STATEMENT", "statement", statementId.toString(), format);
        return new Full(
                statement,
                program.name(),
                municipalities.get(statement.municipality()).name(),
                lines);
    }

    /** What a full document is made of. */
    record Full(StoredStatement statement, String programName, String municipalityName, List<StoredLine> lines) {}

    static StatementDocument fullDocument(Full f) {
        StoredStatement s = f.statement();
        StatementContent c = s.content();
        StatementPeriod period = c.period();
        List<StatementDocument.Fact> facts = List.of(
                new StatementDocument.Fact("Municipality", f.municipalityName()),
                new StatementDocument.Fact("Program", f.programName()),
                new StatementDocument.Fact(
                        "Period", period.label() + " (" + period.firstDay() + " – " + period.lastDay() + ")"),
                new StatementDocument.Fact("Status", s.status().name()),
                new StatementDocument.Fact(
                        "Plugin", c.plugin().id() + " " + c.plugin().version()),
                new StatementDocument.Fact("Statement", s.id().toString()),
                new StatementDocument.Fact("Statement hash", c.statementHash()),
                new StatementDocument.Fact("Input SHA-256", c.inputSha256()),
                new StatementDocument.Fact(
                        "Issued",
                        s.lifecycle().issuedAt().atOffset(ZoneOffset.UTC) + " by "
                                + s.lifecycle().issuedBy()),
                new StatementDocument.Fact(
                        "Earned (cumulative, DKK)", plain(c.amounts().earned())),
                new StatementDocument.Fact(
                        "Previously settled (DKK)", plain(c.amounts().previouslySettled())),
                new StatementDocument.Fact("Due (DKK)", plain(c.amounts().due())),
                new StatementDocument.Fact("Participants", String.valueOf(c.participants())));
        List<List<String>> rows = new ArrayList<>();
        for (StoredLine l : f.lines()) {
            rows.add(List.of(
                    String.valueOf(l.lineNo()),
                    l.kind(),
                    l.participantId() == null ? "" : l.participantId().toString(),
                    l.outcome(),
                    l.description(),
                    plain(l.quantity()),
                    plain(l.amount())));
        }
        return new StatementDocument(
                "Statement " + period.label() + " – " + f.programName(),
                fileName(s.municipality(), period.label(), s.id()),
                facts,
                List.of("No.", "Kind", "Participant (pseudonym)", "Outcome", "Description", "Quantity", "Amount (DKK)"),
                rows,
                "Participants are identified by pseudonym only.");
    }

    static String fullCsv(Full f) {
        StatementAmounts amounts = f.statement().content().amounts();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STATEMENT", "", "", "earned", "", "", plain(amounts.earned())));
        rows.add(List.of("STATEMENT", "", "", "previouslySettled", "", "", plain(amounts.previouslySettled())));
        rows.add(List.of("STATEMENT", "", "", "due", "", "", plain(amounts.due())));
        for (StoredLine l : f.lines()) {
            rows.add(List.of(
                    l.kind(),
                    String.valueOf(l.lineNo()),
                    l.participantId() == null ? "" : l.participantId().toString(),
                    l.outcome(),
                    l.description(),
                    plain(l.quantity()),
                    plain(l.amount())));
        }
        return StatementCsv.render(FULL_CSV_COLUMNS, rows);
    }

    /** E.g. {@code statement-norddjurs-2022-Q1-1a2b3c4d}: ASCII only, safe in any header. */
    static String fileName(String municipality, String period, UUID id) {
        String safe = (municipality + "-" + period).replaceAll("[^A-Za-z0-9-]", "_");
        return "statement-" + safe + "-" + id.toString().substring(0, 8);
    }

    private static List<String> fact(String item, String value) {
        return List.of("STATEMENT", item, value == null ? "" : value, "", "false");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
