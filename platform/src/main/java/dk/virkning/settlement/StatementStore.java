package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
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
 * Statements and their lines in PostgreSQL. A trigger keeps the content of every statement as it was
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

    List<StoredLine> lines(UUID statement) {
        return jdbc.query(
                "SELECT line_no, kind, participant_id, outcome, description, quantity, amount"
                        + " FROM statement_line WHERE statement_id = ? ORDER BY line_no",
                (rs, i) -> new StoredLine(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)),
                statement);
    }

    void insert(StoredStatement s, byte[] snapshot, List<StoredLine> lines) {
        jdbc.update(
                "INSERT INTO statement (" + COLUMNS + ", input_snapshot)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(),
                s.program().value(),
                s.municipality(),
                s.periodLabel(),
                Date.valueOf(s.firstDay()),
                Date.valueOf(s.lastDay()),
                s.status(),
                s.pluginId(),
                s.pluginVersion(),
                s.pluginSha256(),
                s.inputSha256(),
                s.previousId(),
                s.previousHash(),
                s.statementHash(),
                s.earned(),
                s.previouslySettled(),
                s.due(),
                s.participants(),
                timestamp(s.createdAt()),
                s.createdBy(),
                timestamp(s.issuedAt()),
                s.issuedBy(),
                timestamp(s.decidedAt()),
                s.decidedBy(),
                s.disputeReason(),
                snapshot);
        jdbc.batchUpdate(
                "INSERT INTO statement_line (statement_id, line_no, tenant_id, kind, participant_id, outcome,"
                        + " description, quantity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines,
                1000,
                (ps, l) -> {
                    ps.setObject(1, s.id());
                    ps.setInt(2, l.lineNo());
                    ps.setString(3, s.municipality());
                    ps.setString(4, l.kind());
                    ps.setObject(5, l.participantId());
                    ps.setString(6, l.outcome());
                    ps.setString(7, l.description());
                    ps.setBigDecimal(8, l.quantity());
                    ps.setBigDecimal(9, l.amount());
                });
    }

    /** Deletes a draft and its lines (the trigger refuses this for any other statement). */
    void deleteDraft(UUID id) {
        jdbc.update("DELETE FROM statement_line WHERE statement_id = ?", id);
        jdbc.update("DELETE FROM statement WHERE id = ? AND status = 'DRAFT'", id);
    }

    void markIssued(UUID id, Instant at, String by) {
        jdbc.update(
                "UPDATE statement SET status = 'ISSUED', issued_at = ?, issued_by = ? WHERE id = ? AND status = 'DRAFT'",
                Timestamp.from(at),
                by,
                id);
    }

    void markDecided(UUID id, String status, Instant at, String by, String disputeReason) {
        jdbc.update(
                "UPDATE statement SET status = ?, decided_at = ?, decided_by = ?, dispute_reason = ?"
                        + " WHERE id = ? AND status = 'ISSUED'",
                status,
                Timestamp.from(at),
                by,
                disputeReason,
                id);
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
        return new StoredStatement(
                rs.getObject("id", UUID.class),
                new ProgramId(rs.getObject("program_id", UUID.class)),
                rs.getString("tenant_id"),
                rs.getString("period_label"),
                rs.getDate("period_first_day").toLocalDate(),
                rs.getDate("period_last_day").toLocalDate(),
                rs.getString("status"),
                rs.getString("plugin_id"),
                rs.getString("plugin_version"),
                rs.getString("plugin_sha256"),
                rs.getString("input_sha256"),
                rs.getObject("previous_id", UUID.class),
                rs.getString("previous_hash"),
                rs.getString("statement_hash"),
                rs.getBigDecimal("earned"),
                rs.getBigDecimal("previously_settled"),
                rs.getBigDecimal("due"),
                rs.getInt("participants"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "issued_at"),
                rs.getString("issued_by"),
                instant(rs, "decided_at"),
                rs.getString("decided_by"),
                rs.getString("dispute_reason"));
    }
}
