package dk.virkning.settlement;

import dk.virkning.program.ProgramId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Statements and their lines in PostgreSQL; insert-only (a trigger refuses updates and deletes). */
@Repository
class StatementStore {

    private static final String COLUMNS = "id, program_id, tenant_id, period_label, period_first_day,"
            + " period_last_day, status, plugin_id, plugin_version, plugin_sha256, input_sha256, previous_id,"
            + " previous_hash, statement_hash, earned, previously_settled, due, participants, issued_at, issued_by";

    private final JdbcTemplate jdbc;

    StatementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(ProgramId program, String label) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM statement WHERE program_id = ? AND period_label = ?",
                Integer.class,
                program.value(),
                label);
        return n != null && n > 0;
    }

    Optional<StoredStatement> latest(ProgramId program) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM statement WHERE program_id = ?"
                                + " ORDER BY period_first_day DESC LIMIT 1",
                        StatementStore::map,
                        program.value())
                .stream()
                .findFirst();
    }

    Optional<StoredStatement> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM statement WHERE id = ?", StatementStore::map, id).stream()
                .findFirst();
    }

    Page<StoredStatement> list(Collection<UUID> programs, Pageable pageable) {
        if (programs.isEmpty()) {
            return Page.empty(pageable);
        }
        UUID[] ids = programs.toArray(UUID[]::new);
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM statement WHERE program_id = ANY (?)", Long.class, (Object) ids);
        List<StoredStatement> items = jdbc.query(
                "SELECT " + COLUMNS + " FROM statement WHERE program_id = ANY (?)"
                        + " ORDER BY period_first_day DESC, issued_at DESC, id LIMIT ? OFFSET ?",
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
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                Timestamp.from(s.issuedAt()),
                s.issuedBy(),
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
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by"));
    }
}
