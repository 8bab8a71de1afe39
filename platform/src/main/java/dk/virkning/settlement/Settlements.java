package dk.virkning.settlement;

import dk.virkning.audit.AuditLog;
import dk.virkning.database.BulkWork;
import dk.virkning.observability.BusinessMetrics;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.Dkk;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.SettlementPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a program's periods by cumulative true-up into draft statements (see {@link
 * StatementCalculator}), forecasts a period without storing anything, and reads statements. State
 * changes after the draft are {@link StatementDecisions}; verification is {@link StatementVerifier}.
 */
@Service
public class Settlements {

    private final Programs programs;
    private final StatementCalculator calculator;
    private final StatementStore store;
    private final StatementLines lines;
    private final StatementDecisions decisions;
    private final AuditLog audit;
    private final Clock clock;
    private final BusinessMetrics metrics;
    private final BulkWork bulk;

    Settlements(
            Programs programs,
            StatementCalculator calculator,
            StatementStore store,
            StatementLines lines,
            StatementDecisions decisions,
            AuditLog audit,
            Clock clock,
            BusinessMetrics metrics,
            BulkWork bulk) {
        this.bulk = bulk;
        this.programs = programs;
        this.calculator = calculator;
        this.store = store;
        this.lines = lines;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Settles an ended quarter as a draft statement, in place of the period's earlier draft if it has
     * one, and issues it at once when asked. The program row lock serialises a program's settlements.
     */
    @Transactional
    public StoredStatement settle(CurrentUser user, ProgramId programId, String periodLabel, boolean issue) {
        long started = System.nanoTime();
        try {
            StoredStatement statement = settleMeasured(user, programId, periodLabel, issue);
            metrics.settlementCompleted(Duration.ofNanos(System.nanoTime() - started));
            return statement;
        } catch (ProblemException e) {
            metrics.settlementFailed(e.slug(), Duration.ofNanos(System.nanoTime() - started));
            throw e;
        } catch (RuntimeException e) {
            metrics.settlementFailed("error", Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    private StoredStatement settleMeasured(CurrentUser user, ProgramId programId, String periodLabel, boolean issue) {
        Quarter quarter = Quarter.parse(periodLabel);
        bulk.settlementTransaction();
        Program program = programs.lock(user, programId);
        requireSettleable(program, quarter);
        store.draft(programId, quarter.label()).ifPresent(old -> {
            store.deleteDraft(old.id());
            audit.record(
                    user.subject(), "DISCARD_DRAFT", "statement", old.id().toString(), "replaced by a recomputation");
        });
        StatementCalculator.Computed computed = calculator.compute(
                program,
                quarter.label(),
                quarter.period(),
                store.chainHead(programId),
                store.lastSettled(programId).map(Settlements::earned).orElse(Dkk.zero()),
                StatementStatus.DRAFT,
                clock.instant(),
                user.subject());
        StoredStatement draft = computed.statement();
        store.insert(draft, computed.snapshot().gzip());
        lines.insert(draft, computed.lines());
        audit.record(user.subject(), "SETTLE_DRAFT", "statement", draft.id().toString(), quarter.label());
        return issue ? decisions.issue(user, programId, draft.id()) : draft;
    }

    /**
     * Drafts the quarter's statement unless the period has any statement already (draft, issued or
     * disputed): the periodic settlement's idempotent step.
     *
     * @return the new draft, or empty when there was nothing to do
     */
    @Transactional
    public Optional<StoredStatement> draftIfMissing(CurrentUser user, ProgramId programId, String periodLabel) {
        Quarter quarter = Quarter.parse(periodLabel);
        programs.lock(user, programId);
        if (store.any(programId, quarter.label())
                || store.lastSettled(programId)
                        .filter(s -> !s.period().firstDay().isBefore(quarter.firstDay()))
                        .isPresent()) {
            return Optional.empty();
        }
        return Optional.of(settle(user, programId, periodLabel, false));
    }

    /**
     * The statement the quarter would get now, stored nowhere. For a quarter that has not ended the
     * formula sees the weeks up to the last ended ISO week.
     */
    @Transactional(readOnly = true)
    public StatementCalculator.Computed forecast(CurrentUser user, ProgramId programId, String periodLabel) {
        Quarter quarter = Quarter.parse(periodLabel);
        bulk.settlementTransaction();
        Program program = programs.get(user, programId);
        requireAfterProgramStart(program, quarter);
        LocalDate lastEndedSunday = IsoWeek.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .monday()
                .minusDays(1);
        LocalDate lastDay = quarter.lastDay().isAfter(lastEndedSunday) ? lastEndedSunday : quarter.lastDay();
        if (lastDay.isBefore(quarter.firstDay())) {
            throw ProblemException.unprocessable(
                    "period-not-started",
                    "No week of " + quarter.label() + " has ended yet; nothing to forecast",
                    List.of(ProblemError.field("period", "has no ended week yet")));
        }
        return calculator.compute(
                program,
                quarter.label(),
                new SettlementPeriod(quarter.firstDay(), lastDay),
                store.chainHead(programId),
                store.lastSettledBefore(programId, quarter.firstDay())
                        .map(Settlements::earned)
                        .orElse(Dkk.zero()),
                StatementStatus.FORECAST,
                clock.instant(),
                user.subject());
    }

    /** The program's statements, drafts included, newest period first. */
    @Transactional(readOnly = true)
    public Page<StoredStatement> list(CurrentUser user, ProgramId programId, Pageable pageable) {
        programs.get(user, programId);
        return store.list(List.of(programId.value()), true, pageable);
    }

    @Transactional(readOnly = true)
    public StoredStatement get(CurrentUser user, ProgramId programId, UUID statementId) {
        programs.get(user, programId);
        return store.find(statementId)
                .filter(s -> s.program().equals(programId))
                .orElseThrow(() -> ProblemException.notFound("Statement " + statementId));
    }

    /**
     * The issued statements of the given programs, newest period first; drafts are nobody's business
     * outside the program (the caller scopes the tenant).
     */
    @Transactional(readOnly = true)
    public Page<StoredStatement> statementsOf(List<ProgramId> programIds, Pageable pageable) {
        return store.list(programIds.stream().map(ProgramId::value).toList(), false, pageable);
    }

    /** Every statement of the given programs, oldest first (the caller scopes the tenant and checks access). */
    @Transactional(readOnly = true)
    public List<StoredStatement> allStatementsOf(List<ProgramId> programIds) {
        return store.allOf(programIds.stream().map(ProgramId::value).toList());
    }

    /** An issued statement by id, never a draft (the caller scopes the tenant and checks access). */
    @Transactional(readOnly = true)
    public Optional<StoredStatement> find(UUID statementId) {
        return store.find(statementId).filter(StoredStatement::issued);
    }

    /** A statement's lines, for showing it on its own (a list reads {@link #earnedTotals} at most). */
    @Transactional(readOnly = true)
    public List<StoredLine> lines(UUID statementId) {
        return lines.of(statementId);
    }

    /**
     * The earned totals per outcome of each of the given statements, in one query and without reading
     * their lines into memory (the caller has checked access to the statements).
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<OutcomeTotal>> earnedTotals(Collection<UUID> statementIds) {
        return lines.earnedTotals(statementIds);
    }

    /** What the pending lines of each of the given statements leave open per kind, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, List<OpenTotal>> openTotals(Collection<UUID> statementIds) {
        return lines.openTotals(statementIds);
    }

    private static BigDecimal earned(StoredStatement s) {
        return s.content().amounts().earned();
    }

    private void requireSettleable(Program program, Quarter quarter) {
        requireAfterProgramStart(program, quarter);
        if (!quarter.lastDay().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw ProblemException.unprocessable(
                    "period-not-ended",
                    "The period " + quarter.label() + " has not ended; a forecast can show it so far",
                    List.of(ProblemError.field("period", "has not ended")));
        }
        store.settled(program.id(), quarter.label()).ifPresent(settled -> {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "period-settled",
                    "The period " + quarter.label() + " is settled already by statement " + settled.id()
                            + "; corrections flow into the next period's statement");
        });
        store.lastSettled(program.id()).ifPresent(latest -> {
            if (!latest.period().firstDay().isBefore(quarter.firstDay())) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "period-out-of-order",
                        "Periods are settled in order: " + latest.period().label() + " is settled already, so "
                                + quarter.label() + " can no longer be");
            }
        });
    }

    private static void requireAfterProgramStart(Program program, Quarter quarter) {
        if (quarter.lastDay().isBefore(program.startDate())) {
            throw ProblemException.unprocessable(
                    "period-before-program",
                    "The period " + quarter.label() + " ends before the program starts on " + program.startDate(),
                    List.of(ProblemError.field("period", "ends before the program starts")));
        }
    }
}
