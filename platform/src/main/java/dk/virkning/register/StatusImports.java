package dk.virkning.register;

import dk.virkning.audit.AuditLog;
import dk.virkning.database.BulkWork;
import dk.virkning.observability.BusinessMetrics;
import dk.virkning.participant.Enrolments;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import dk.virkning.spi.IsoWeek;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports weekly register statuses, long or wide format, of any size. The file is read once as a
 * stream, hashed while it is read, and every row is checked; what the file gives is held in a
 * {@link StatusMatrix} (participants times covered weeks), so memory does not grow with the file.
 * An import covers its weeks for exactly the persons the file lists (DOMAIN.md 4); others keep what
 * they had. All-or-nothing: a file with any bad row is refused whole with a report of every bad line;
 * a valid file is written with COPY in one transaction. Idempotent by content: the same file with
 * the same coverage again is a no-op that reports the earlier import, as long as it changes nothing
 * (after another import changed its persons' weeks, it is a new import that puts them back).
 */
@Service
public class StatusImports {

    private static final Logger log = LoggerFactory.getLogger(StatusImports.class);

    /**
     * From this many changed person-weeks on, an import refreshes the planner statistics of the
     * weekly statuses before it commits (autovacuum's analyze threshold is 10 % of the table, which a
     * big first import into a small table exceeds long before autovacuum comes round).
     */
    static final long ANALYZE_AFTER_CHANGED_WEEKS = 10_000;

    private final Programs programs;
    private final Pseudonymizer pseudonymizer;
    private final StatusImportStore store;
    private final Enrolments enrolments;
    private final WeeklyStatusWriter writer;
    private final AuditLog audit;
    private final Clock clock;
    private final BusinessMetrics metrics;
    private final BulkWork bulk;

    StatusImports(
            Programs programs,
            Pseudonymizer pseudonymizer,
            StatusImportStore store,
            Enrolments enrolments,
            WeeklyStatusWriter writer,
            AuditLog audit,
            Clock clock,
            BusinessMetrics metrics,
            BulkWork bulk) {
        this.bulk = bulk;
        this.programs = programs;
        this.pseudonymizer = pseudonymizer;
        this.store = store;
        this.enrolments = enrolments;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The outcome of an import: the import record, and whether it was new. */
    public record Outcome(StatusImportRecord record, boolean created) {}

    /** Imports a small long-format file given as text (the {@code text/csv} string endpoint, the demo). */
    @Transactional
    public Outcome importLongFormat(CurrentUser user, ProgramId programId, IsoWeek from, IsoWeek to, String csv) {
        return importFile(
                user,
                programId,
                from,
                to,
                RegisterFormat.LONG,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Imports a register file read from a stream.
     *
     * @param format the file's format, or {@code null} to detect it from the header
     * @throws ProblemException 422 with every bad line when the file has any; nothing is written then
     */
    @Transactional
    public Outcome importFile(
            CurrentUser user, ProgramId programId, IsoWeek from, IsoWeek to, RegisterFormat format, InputStream body) {
        long started = System.nanoTime();
        bulk.importTransaction();
        Coverage coverage = new Coverage(from, to);
        // Locked: enrollments and other imports of the program wait, so the roster stays what was checked.
        Program program = programs.lock(user, programId);
        String tenant = program.municipality();
        Roster roster = new Roster(
                enrolments.members(programId).stream()
                        .map(m -> new Roster.Member(m.id(), m.pseudonym(), m.startWeek()))
                        .toList(),
                cpr -> pseudonymizer.pseudonymise(tenant, cpr).value());
        MessageDigest digest = Sha256.digest();
        digest.update((from + ".." + to + "\n").getBytes(StandardCharsets.UTF_8));
        RegisterFileParser.Result result;
        try (InputStream in = new DigestInputStream(body, digest)) {
            result = new RegisterFileParser(
                            new CoverageWeeks(coverage), CodeTable.of(store.codeMapping(tenant)), roster, format)
                    .parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file failed", e);
        }
        if (result.format() == null
                || result.dataLines() == 0 && !result.badRows().isEmpty()) {
            // A bad header: the rest of the file was not read, so there is no hash to compare.
            throw refusal(result.badRows());
        }
        String hash = Sha256.hex(digest);
        long parsed = System.nanoTime();
        if (!result.badRows().isEmpty()) {
            throw refusal(result.badRows());
        }
        Optional<StatusImportRecord> existing = store.findByHash(programId, hash);
        StatusMatrix matrix = result.matrix();
        long personWeeks = personWeeks(coverage, roster, matrix);
        UUID id = UUID.randomUUID();
        StatusImportRecord record = new StatusImportRecord(
                id,
                programId,
                result.format(),
                hash,
                from,
                to,
                result.dataLines(),
                CoverageScope.LISTED,
                matrix.listedCount(),
                personWeeks,
                null,
                null,
                clock.instant());
        store.insert(record, tenant, user.subject());
        WeeklyStatusWriter.Changes changes = writer.writeWeeks(id, programId, tenant, coverage, roster, matrix);
        long changed = changes.weeks();
        if (changed == 0 && existing.isPresent()) {
            // The same file again, and it changed nothing: no new import, the earlier one answers.
            store.delete(id);
            return new Outcome(existing.get(), false);
        }
        store.recordChanges(id, changes);
        if (changed >= ANALYZE_AFTER_CHANGED_WEEKS) {
            // Fresh planner statistics in the same transaction: the next settlement never plans on stale ones.
            writer.analyzeWeeks();
        }
        audit.record(
                user.subject(),
                "IMPORT",
                "status_import",
                id.toString(),
                "program " + programId + ", " + result.format() + ", " + matrix.listedCount() + " persons, "
                        + personWeeks + " person-weeks, " + changes.persons() + " persons and " + changed
                        + " person-weeks changed");
        log.info(
                "Imported {} {} rows for program {}: {} person-weeks ({} changed) in {} ms, of which reading {} ms",
                result.dataLines(),
                result.format(),
                programId,
                personWeeks,
                changed,
                (System.nanoTime() - started) / 1_000_000,
                (parsed - started) / 1_000_000);
        metrics.importAccepted(
                result.format().name(), result.dataLines(), java.time.Duration.ofNanos(System.nanoTime() - started));
        return new Outcome(record.withChanges(changes.persons(), changed), true);
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

    private ProblemException refusal(BadRows bad) {
        metrics.importRefused("invalid-import");
        List<ProblemError> errors = bad.reported();
        return ProblemException.unprocessable("invalid-import", bad.summary(), errors);
    }

    /** The covered person-weeks: each listed participant's covered weeks from their start week. */
    private static long personWeeks(Coverage coverage, Roster roster, StatusMatrix matrix) {
        long total = 0;
        int weeks = coverage.weeks();
        for (int p = 0; p < roster.persons(); p++) {
            if (!matrix.listed(p)) {
                continue;
            }
            long first = Math.max(0, coverage.from().weeksUntil(roster.member(p).startWeek()));
            total += Math.max(0, weeks - first);
        }
        return total;
    }
}
