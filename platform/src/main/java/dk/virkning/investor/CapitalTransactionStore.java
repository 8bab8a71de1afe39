package dk.virkning.investor;

import dk.virkning.organisation.OrganisationId;
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

/** Capital transactions in PostgreSQL; insert-only (a trigger refuses updates and deletes). */
@Repository
class CapitalTransactionStore {

    private static final String COLUMNS =
            "id, program_id, investor_id, tenant_id, type, value_date, amount, note, recorded_at, recorded_by";

    private final JdbcTemplate jdbc;

    CapitalTransactionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the id or the investor's idempotency key is taken; whether it inserted. */
    boolean insertIfAbsent(CapitalTransaction t, String idempotencyKey, String requestSha256) {
        int rows = jdbc.update(
                "INSERT INTO capital_transaction (" + COLUMNS + ", idempotency_key, request_sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                t.id(),
                t.program().value(),
                t.investor().value(),
                t.municipality(),
                t.type().name(),
                Date.valueOf(t.date()),
                t.amount(),
                t.note(),
                Timestamp.from(t.recordedAt()),
                t.recordedBy(),
                idempotencyKey,
                requestSha256);
        return rows == 1;
    }

    /** A transaction recorded before under this id or this investor's key, with its request hash. */
    Optional<Recorded> previous(UUID id, OrganisationId investor, String idempotencyKey) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + ", request_sha256 FROM capital_transaction"
                                + " WHERE (investor_id = ? AND idempotency_key = ?) OR id = ?"
                                + " ORDER BY (id = ?) DESC LIMIT 1",
                        (rs, i) -> new Recorded(map(rs, i), rs.getString("request_sha256")),
                        investor.value(),
                        idempotencyKey,
                        id,
                        id)
                .stream()
                .findFirst();
    }

    Page<CapitalTransaction> list(ProgramId program, OrganisationId investor, Pageable pageable) {
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM capital_transaction WHERE program_id = ? AND investor_id = ?",
                Long.class,
                program.value(),
                investor.value());
        List<CapitalTransaction> items = jdbc.query(
                "SELECT " + COLUMNS + " FROM capital_transaction WHERE program_id = ? AND investor_id = ?"
                        + " ORDER BY value_date DESC, recorded_at DESC, id LIMIT ? OFFSET ?",
                CapitalTransactionStore::map,
                program.value(),
                investor.value(),
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(items, pageable, total == null ? 0 : total);
    }

    /** Every investor's transactions on these programs, oldest first (for attribution and cash flows). */
    List<CapitalTransaction> ofPrograms(Collection<ProgramId> programs) {
        if (programs.isEmpty()) {
            return List.of();
        }
        UUID[] ids = programs.stream().map(ProgramId::value).toArray(UUID[]::new);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM capital_transaction WHERE program_id = ANY (?)"
                        + " ORDER BY value_date, recorded_at, id",
                CapitalTransactionStore::map,
                (Object) ids);
    }

    record Recorded(CapitalTransaction transaction, String requestSha256) {}

    private static CapitalTransaction map(ResultSet rs, int row) throws SQLException {
        return new CapitalTransaction(
                rs.getObject("id", UUID.class),
                new ProgramId(rs.getObject("program_id", UUID.class)),
                new OrganisationId(rs.getObject("investor_id", UUID.class)),
                rs.getString("tenant_id"),
                CapitalTransaction.Type.valueOf(rs.getString("type")),
                rs.getDate("value_date").toLocalDate(),
                rs.getBigDecimal("amount"),
                rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
