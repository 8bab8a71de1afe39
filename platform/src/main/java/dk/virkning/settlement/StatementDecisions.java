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
 * dispute an issued statement. {@link StatementLifecycle} decides which moves are allowed; each is
 * recorded with who and when, on the statement and in the audit log. The program row lock
 * serialises them with settlements.
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
        StatementLifecycle issued = draft.lifecycle().issue(clock.instant(), user.subject());
        String label = draft.period().label();
        store.settled(programId, label).ifPresent(settled -> {
            throw conflict(
                    "period-settled", "The period " + label + " is settled already by statement " + settled.id());
        });
        Optional<StoredStatement> head = store.chainHead(programId);
        Optional<StoredStatement> settled = store.lastSettled(programId);
        BigDecimal settledNow = settled.map(s -> s.content().amounts().earned()).orElse(Dkk.zero());
        boolean stale = !Objects.equals(
                        draft.content().previousId(),
                        head.map(StoredStatement::id).orElse(null))
                || settledNow.compareTo(draft.content().amounts().previouslySettled()) != 0
                || settled.filter(s ->
                                !s.period().firstDay().isBefore(draft.period().firstDay()))
                        .isPresent();
        if (stale) {
            throw conflict(
                    "stale-draft",
                    "Statements were issued or disputed since this draft was computed; settle " + label
                            + " again to recompute it");
        }
        return moved(user, draft, issued, "ISSUE", label);
    }

    /** Discards a draft; an issued statement can never be removed. */
    @Transactional
    public void discard(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement draft = locked(user, programId, statementId);
        draft.lifecycle().requireDiscardable();
        store.deleteDraft(statementId);
        audit.record(
                user.subject(),
                "DISCARD_DRAFT",
                "statement",
                statementId.toString(),
                draft.period().label());
    }

    /** The municipality approves an issued statement. */
    @Transactional
    public StoredStatement approve(CurrentUser user, ProgramId programId, UUID statementId) {
        StoredStatement s = locked(user, programId, statementId);
        StatementLifecycle approved = s.lifecycle().approve(clock.instant(), user.subject());
        return moved(user, s, approved, "APPROVE", s.period().label());
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
        StatementLifecycle disputed = s.lifecycle().dispute(clock.instant(), user.subject(), why);
        if (store.chainHead(programId).filter(h -> h.id().equals(statementId)).isEmpty()) {
            throw conflict(
                    "statement-not-latest",
                    "A later statement has been issued; its cumulative true-up is the place for corrections");
        }
        return moved(user, s, disputed, "DISPUTE", why);
    }

    /** Stores the statement's next lifecycle (the program lock is held) and audit-logs the move. */
    private StoredStatement moved(
            CurrentUser user, StoredStatement s, StatementLifecycle next, String action, String detail) {
        if (!store.transition(s.id(), s.status(), next)) {
            throw new IllegalStateException("Statement " + s.id() + " changed under the program lock");
        }
        audit.record(user.subject(), action, "statement", s.id().toString(), detail);
        return store.find(s.id()).orElseThrow();
    }

    private StoredStatement locked(CurrentUser user, ProgramId programId, UUID statementId) {
        programs.lock(user, programId);
        return store.find(statementId)
                .filter(s -> s.program().equals(programId))
                .orElseThrow(() -> ProblemException.notFound("Statement " + statementId));
    }

    private static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, detail);
    }
}
