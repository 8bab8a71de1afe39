package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import dk.virkning.snapshot.PluginIdentity;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Statements in PostgreSQL (their lines are {@link StatementLines}). A trigger keeps the content of every statement as it was
 * inserted: only drafts may be deleted, and only the state columns may change along the lifecycle.
 */
@Repository
class StatementStore {

    private static final String COLUMNS = "id, program_id, tenant_id, period_label, period_first_day,"
            + " period_last_day, status, plugin_id, plugin_version, plugin_sha256, input_sha256, previous_id,"
            + " previous_hash, statement_hash, earned, previously_settled, due, participants, created_at, created_by,"
            + " issued_at, issued_by, decided_at, decided_by, dispute_reason";

    private static final String SETTLED = "status IN ('ISSUED', 'APPROVED')";

    private final JdbcTemplate jdbc;

    StatementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The statement that settles the period, if any (at most one, by a unique index). */
    Optional<StoredStatement> settled(ProgramId program, String label) {
        return one(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ? AND period_label = ? AND " + SETTLED,
                program.value(),
                label);
    }

    /** Whether the period has any statement at all, draft or disputed ones included. */
    boolean any(ProgramId program, String label) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM statement WHERE program_id = ? AND period_label = ?",
                Integer.class,
                program.value(),
                label);
        return n != null && n > 0;
    }

    Optional<StoredStatement> draft(ProgramId program, String label) {
        return one(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ? AND period_label = ? AND status = 'DRAFT'",
                program.value(),
                label);
    }

    /** The settled statement of the latest period: its earned amount is what has been settled. */
    Optional<StoredStatement> lastSettled(ProgramId program) {
        return one(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ? AND " + SETTLED
                        + " ORDER BY period_first_day DESC LIMIT 1",
                program.value());
    }

    /** The last settled statement of a period that starts before the given day. */
    Optional<StoredStatement> lastSettledBefore(ProgramId program, LocalDate firstDay) {
        return one(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ? AND " + SETTLED
                        + " AND period_first_day < ? ORDER BY period_first_day DESC LIMIT 1",
                program.value(),
                Date.valueOf(firstDay));
    }

    /**
     * The head of the program's hash chain: the issued statement (disputed ones included) that no
     * other issued statement follows. Unique indexes keep the chain linear.
     */
    Optional<StoredStatement> chainHead(ProgramId program) {
        return one(
                "SELECT " + COLUMNS + " FROM statement s WHERE program_id = ? AND status <> 'DRAFT'"
                        + " AND NOT EXISTS (SELECT 1 FROM statement n WHERE n.previous_id = s.id"
                        + " AND n.status <> 'DRAFT')",
                program.value());
    }

    Optional<StoredStatement> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM statement WHERE id = ?", id);
    }

    Page<StoredStatement> list(Collection<UUID> programs, boolean withDrafts, Pageable pageable) {
        if (programs.isEmpty()) {
            return Page.empty(pageable);
        }
        UUID[] ids = programs.toArray(UUID[]::new);
        String where = " FROM statement WHERE program_id = ANY (?)" + (withDrafts ? "" : " AND status <> 'DRAFT'");
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, (Object) ids);
        List<StoredStatement> items = jdbc.query(
                "SELECT " + COLUMNS + where + " ORDER BY period_first_day DESC, created_at DESC, id LIMIT ? OFFSET ?",
                StatementStore::map,
                ids,
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(items, pageable, total == null ? 0 : total);
    }

    /** Every statement of the given programs, oldest period first (read by the investor portfolio). */
    List<StoredStatement> allOf(Collection<UUID> programs) {
        if (programs.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ANY (?)"
                        + " ORDER BY period_first_day, issued_at, id",
                StatementStore::map,
                (Object) programs.toArray(UUID[]::new));
    }

    byte[] snapshot(UUID statement) {
        return jdbc.queryForObject("SELECT input_snapshot FROM statement WHERE id = ?", byte[].class, statement);
    }

    void insert(StoredStatement s, byte[] snapshot) {
        StatementContent c = s.content();
        StatementLifecycle l = s.lifecycle();
        jdbc.update(
                "INSERT INTO statement (" + COLUMNS + ", input_snapshot)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(),
                c.program().value(),
                s.municipality(),
                c.period().label(),
                Date.valueOf(c.period().firstDay()),
                Date.valueOf(c.period().lastDay()),
                l.status().name(),
                c.plugin().id(),
                c.plugin().version(),
                c.plugin().sha256(),
                c.inputSha256(),
                c.previousId(),
                c.previousHash(),
                c.statementHash(),
                c.amounts().earned(),
                c.amounts().previouslySettled(),
                c.amounts().due(),
                c.participants(),
                timestamp(l.createdAt()),
                l.createdBy(),
                timestamp(l.issuedAt()),
                l.issuedBy(),
                timestamp(l.decidedAt()),
                l.decidedBy(),
                l.disputeReason(),
                snapshot);
    }

    /** Deletes a draft and its lines (the trigger refuses this for any other statement). */
    void deleteDraft(UUID id) {
        jdbc.update("DELETE FROM statement_line WHERE statement_id = ?", id);
        jdbc.update("DELETE FROM statement WHERE id = ? AND status = 'DRAFT'", id);
    }

    /**
     * Moves a statement from the status it was read in to its next lifecycle.
     *
     * @return whether it was still in {@code from} (and so moved)
     */
    boolean transition(UUID id, StatementStatus from, StatementLifecycle next) {
        return jdbc.update(
                        "UPDATE statement SET status = ?, issued_at = ?, issued_by = ?, decided_at = ?,"
                                + " decided_by = ?, dispute_reason = ? WHERE id = ? AND status = ?",
                        next.status().name(),
                        timestamp(next.issuedAt()),
                        next.issuedBy(),
                        timestamp(next.decidedAt()),
                        next.decidedBy(),
                        next.disputeReason(),
                        id,
                        from.name())
                == 1;
    }

    private Optional<StoredStatement> one(String sql, Object... args) {
        return jdbc.query(sql, StatementStore::map, args).stream().findFirst();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static StoredStatement map(ResultSet rs, int row) throws SQLException {
        UUID previousId = rs.getObject("previous_id", UUID.class);
        StatementContent content = new StatementContent(
                new ProgramId(rs.getObject("program_id", UUID.class)),
                new StatementPeriod(
                        rs.getString("period_label"),
                        rs.getDate("period_first_day").toLocalDate(),
                        rs.getDate("period_last_day").toLocalDate()),
                new PluginIdentity(
                        rs.getString("plugin_id"), rs.getString("plugin_version"), rs.getString("plugin_sha256")),
                rs.getString("input_sha256"),
                previousId == null ? null : new StatementLink(previousId, rs.getString("previous_hash")),
                new StatementAmounts(
                        rs.getBigDecimal("earned"), rs.getBigDecimal("previously_settled"), rs.getBigDecimal("due")),
                rs.getInt("participants"),
                rs.getString("statement_hash"));
        StatementLifecycle lifecycle = new StatementLifecycle(
                StatementStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "issued_at"),
                rs.getString("issued_by"),
                instant(rs, "decided_at"),
                rs.getString("decided_by"),
                rs.getString("dispute_reason"));
        return new StoredStatement(rs.getObject("id", UUID.class), rs.getString("tenant_id"), content, lifecycle);
    }
}
