package dk.virkning.settlement;

import dk.virkning.audit.AuditLog;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.Dkk;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of a statement after it was drafted: issue or discard a draft; approve or
 * dispute an issued statement. Each is recorded with who and when, on the statement and in the audit
 * log. The program row lock serialises them with settlements.
 */
@Service
public class StatementDecisions {

    /** The longest dispute reason kept. */
    static final int MAX_REASON = 1000;

    private final Programs programs;
    private final StatementStore store;
    private final AuditLog audit;
    private final Clock clock;

    StatementDecisions(Programs programs, StatementStore store, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a draft: it must still follow the chain's head and the last settled amount it was
     * computed from, and its period must not be settled already.
     */
    @Transactional
    public StoredStatement issue(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement draft = locked(user, programId, statementId);
        requireDraft(draft, "issued");
        store.settled(programId, draft.periodLabel()).ifPresent(settled -> {
            throw conflict(
                    "period-settled",
                    "The period " + draft.periodLabel() + " is settled already by statement " + settled.id());
        });
        Optional<StoredStatement> head = store.chainHead(programId);
        Optional<StoredStatement> settled = store.lastSettled(programId);
        BigDecimal settledNow = settled.map(StoredStatement::earned).orElse(Dkk.zero());
        boolean stale = !Objects.equals(
                        draft.previousId(), head.map(StoredStatement::id).orElse(null))
                || settledNow.compareTo(draft.previouslySettled()) != 0
                || settled.filter(s -> !s.firstDay().isBefore(draft.firstDay())).isPresent();
        if (stale) {
            throw conflict(
                    "stale-draft",
                    "Statements were issued or disputed since this draft was computed; settle " + draft.periodLabel()
                            + " again to recompute it");
        }
        store.markIssued(statementId, clock.instant(), user.subject());
        audit.record(user.subject(), "ISSUE", "statement", statementId.toString(), draft.periodLabel());
        return reread(statementId);
    }

    /** Discards a draft; an issued statement can never be removed. */
    @Transactional
    public void discard(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement draft = locked(user, programId, statementId);
        requireDraft(draft, "discarded");
        store.deleteDraft(statementId);
        audit.record(user.subject(), "DISCARD_DRAFT", "statement", statementId.toString(), draft.periodLabel());
    }

    /** The municipality approves an issued statement. */
    @Transactional
    public StoredStatement approve(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement s = locked(user, programId, statementId);
        requireUndecided(s, "approved");
        store.markDecided(statementId, StoredStatement.APPROVED, clock.instant(), user.subject(), null);
        audit.record(user.subject(), "APPROVE", "statement", statementId.toString(), s.periodLabel());
        return reread(statementId);
    }

    /**
     * The municipality disputes an issued statement. Only the program's latest issued statement can be
     * disputed: once a later one is issued, its cumulative true-up is the place for corrections.
     */
    @Transactional
    public StoredStatement dispute(CurrentUser user, ProgramId programId, UUID statementId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "A dispute needs a reason",
                    List.of(ProblemError.field("reason", "must be 1 to " + MAX_REASON + " characters, not blank")));
        }
        StoredStatement s = locked(user, programId, statementId);
        requireUndecided(s, "disputed");
        if (store.chainHead(programId).filter(h -> h.id().equals(statementId)).isEmpty()) {
            throw conflict(
                    "statement-not-latest",
                    "A later statement has been issued; its cumulative true-up is the place for corrections");
        }
        store.markDecided(statementId, StoredStatement.DISPUTED, clock.instant(), user.subject(), why);
        audit.record(user.subject(), "DISPUTE", "statement", statementId.toString(), why);
        return reread(statementId);
    }

    private StoredStatement locked(CurrentUser user, ProgramId programId, UUID statementId) {
        programs.lock(user, programId);
        return store.find(statementId)
                .filter(s -> s.program().equals(programId))
                .orElseThrow(() -> ProblemException.notFound("Statement " + statementId));
    }

    private StoredStatement reread(UUID statementId) {
        return store.find(statementId).orElseThrow();
    }

    private static void requireDraft(StoredStatement s, String what) {
        if (!StoredStatement.DRAFT.equals(s.status())) {
            throw conflict(
                    "statement-not-draft",
                    "Only a draft can be " + what + "; this statement is " + s.status()
                            + ". Corrections are new statements");
        }
    }

    private static void requireUndecided(StoredStatement s, String what) {
        if (StoredStatement.DRAFT.equals(s.status())) {
            throw conflict("statement-not-issued", "A draft cannot be " + what + "; issue it first");
        }
        if (!StoredStatement.ISSUED.equals(s.status())) {
            throw conflict("statement-decided", "The statement is " + s.status() + " already");
        }
    }

    private static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, detail);
    }
}
