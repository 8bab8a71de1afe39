package dk.virkning.register;

import dk.virkning.audit.AuditLog;
import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports weekly register statuses. All-or-nothing: a file with any bad row is refused whole with a
 * report of every bad line; a valid file is written in one transaction. Idempotent by content: the
 * same file with the same coverage twice changes nothing.
 */
@Service
public class StatusImports {

    private final Programs programs;
    private final Participants participants;
    private final Pseudonymizer pseudonymizer;
    private final StatusImportStore store;
    private final AuditLog audit;
    private final Clock clock;

    StatusImports(
            Programs programs,
            Participants participants,
            Pseudonymizer pseudonymizer,
            StatusImportStore store,
            AuditLog audit,
            Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.pseudonymizer = pseudonymizer;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of an import: the import record, and whether it was new. */
    public record Outcome(StatusImportRecord record, boolean created) {}

    @Transactional
    public Outcome importLongFormat(CurrentUser user, ProgramId programId, IsoWeek from, IsoWeek to, String csv) {
        Program program = programs.get(user, programId);
        Coverage coverage = new Coverage(from, to);
        String hash = Sha256.hex(from + ".." + to + "\n" + csv);
        Optional<StatusImportRecord> existing = store.findByHash(programId, hash);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        Map<ParticipantId, Participant> covered = new HashMap<>();
        var byPseudonym = participants.byPseudonym(programId);
        byPseudonym.values().forEach(p -> covered.put(p.id(), p));
        LongFormatParser.Result result = new LongFormatParser(
                        coverage,
                        new StatusCodeMapping(store.codeMapping()),
                        cpr -> pseudonymizer.pseudonymise(program.municipality(), cpr),
                        byPseudonym)
                .parse(csv);
        if (!result.errors().isEmpty()) {
            throw ProblemException.unprocessable(
                    "invalid-import",
                    "The file has "
                            + (result.errors().size() >= LongFormatParser.MAX_REPORTED_ERRORS ? "at least " : "")
                            + result.errors().size() + " bad line(s); nothing was imported",
                    result.errors());
        }
        List<StatusImportStore.WeekRow> weeks = expand(coverage, covered, result.rows());
        StatusImportRecord record = new StatusImportRecord(
                UUID.randomUUID(),
                programId,
                hash,
                from,
                to,
                result.dataLines(),
                covered.size(),
                weeks.size(),
                clock.instant());
        store.insert(record, program.municipality(), user.subject(), weeks);
        audit.record(user.subject(), "IMPORT", "status_import", record.id().toString(), "program " + programId);
        return new Outcome(record, true);
    }

    @Transactional(readOnly = true)
    public Page<StatusImportRecord> list(CurrentUser user, ProgramId programId, Pageable pageable) {
        programs.get(user, programId);
        return store.list(programId, pageable);
    }

    @Transactional(readOnly = true)
    public StatusImportRecord get(CurrentUser user, ProgramId programId, UUID importId) {
        programs.get(user, programId);
        return store.find(programId, importId).orElseThrow(() -> ProblemException.notFound("Import " + importId));
    }

    /**
     * Every covered person-week from the participant's start week on: the file's status, or
     * self-supporting where the file has no row.
     */
    private static List<StatusImportStore.WeekRow> expand(
            Coverage coverage, Map<ParticipantId, Participant> covered, List<ParsedRow> rows) {
        Map<String, WeeklyStatus> given = new HashMap<>();
        rows.forEach(r -> given.put(r.participant() + "/" + r.week(), r.status()));
        List<StatusImportStore.WeekRow> out = new ArrayList<>();
        for (Participant p : covered.values()) {
            for (int i = 0; i < coverage.weeks(); i++) {
                IsoWeek week = coverage.from().plusWeeks(i);
                if (week.compareTo(p.startWeek()) < 0) {
                    continue;
                }
                WeeklyStatus status = given.getOrDefault(p.id() + "/" + week, WeeklyStatus.SELF_SUPPORTING);
                out.add(new StatusImportStore.WeekRow(p.id(), week, status));
            }
        }
        return out;
    }
}
