package dk.virkning.investor;

import dk.virkning.audit.AuditLog;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.shared.Sha256;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An investor's capital ledger. The investor's own analysts record it, for programs their
 * organisation funds: the investor is the party that pays capital in and receives it back, so its
 * ledger is the source; municipalities record what they owe through statements. Callers run this
 * with the all-tenants context, because an investor's programs span municipalities; every read and
 * write is filtered by the investor's organisation.
 */
@Service
public class CapitalTransactions {

    /** The largest amount the numeric(14,2) column holds. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final CapitalTransactionStore store;
    private final Programs programs;
    private final AuditLog audit;
    private final Clock clock;

    CapitalTransactions(CapitalTransactionStore store, Programs programs, AuditLog audit, Clock clock) {
        this.store = store;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to record. {@code id} and {@code idempotencyKey} are optional; either makes a retry safe. */
    public record Draft(
            UUID id, String idempotencyKey, CapitalTransaction.Type type, LocalDate date, String amount, String note) {}

    /** The recorded transaction, and whether this call recorded it ({@code false}: a replay). */
    public record Outcome(CapitalTransaction transaction, boolean created) {}

    @Transactional
    public Outcome record(OrganisationId investor, ProgramId programId, Draft draft, String recordedBy) {
        Program program = fundedProgram(investor, programId);
        BigDecimal amount = validate(draft);
        UUID id = draft.id() == null ? UUID.randomUUID() : draft.id();
        String key = draft.idempotencyKey() == null ? "id:" + id : "key:" + draft.idempotencyKey();
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note();
        String requestSha = Sha256.hex(String.join(
                "\n",
                program.id().toString(),
                draft.type().name(),
                draft.date().toString(),
                amount.toPlainString(),
                note == null ? "" : note));
        CapitalTransaction candidate = new CapitalTransaction(
                id,
                program.id(),
                investor,
                program.municipality(),
                draft.type(),
                draft.date(),
                amount,
                note,
                clock.instant(),
                recordedBy);
        if (store.insertIfAbsent(candidate, key, requestSha)) {
            audit.record(
                    recordedBy,
                    "RECORD_CAPITAL",
                    "capital_transaction",
                    id.toString(),
                    draft.type() + " " + amount.toPlainString());
            return new Outcome(candidate, true);
        }
        CapitalTransactionStore.Recorded previous = store.previous(id, investor, key)
                .orElseThrow(() -> ProblemException.conflict("The transaction conflicts with one recorded before"));
        if (!previous.transaction().investor().equals(investor)
                || !previous.requestSha256().equals(requestSha)) {
            throw new ProblemException(
                    org.springframework.http.HttpStatus.CONFLICT,
                    "idempotency-key-reused",
                    "This id or Idempotency-Key was used before for a different transaction");
        }
        return new Outcome(previous.transaction(), false);
    }

    @Transactional(readOnly = true)
    public Page<CapitalTransaction> list(OrganisationId investor, ProgramId programId, Pageable pageable) {
        fundedProgram(investor, programId);
        return store.list(programId, investor, pageable);
    }

    private Program fundedProgram(OrganisationId investor, ProgramId programId) {
        return programs.fundedBy(investor).stream()
                .filter(p -> p.id().equals(programId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Program " + programId));
    }

    private BigDecimal validate(Draft draft) {
        List<ProblemError> errors = new ArrayList<>();
        BigDecimal amount = null;
        try {
            amount = new BigDecimal(draft.amount());
            if (amount.signum() <= 0) {
                errors.add(ProblemError.field("amount", "must be greater than zero"));
            } else if (amount.scale() > 2) {
                errors.add(ProblemError.field("amount", "has more than 2 decimals"));
            } else if (amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add(ProblemError.field("amount", "is too large"));
            }
        } catch (NumberFormatException | NullPointerException e) {
            errors.add(ProblemError.field("amount", "is not a decimal number"));
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.date() != null && draft.date().isAfter(today)) {
            errors.add(ProblemError.field("date", "lies after today (" + today + ")"));
        }
        if (draft.note() != null && draft.note().length() > 1000) {
            errors.add(ProblemError.field("note", "is longer than 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "invalid-capital-transaction", "The capital transaction is not valid", errors);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
