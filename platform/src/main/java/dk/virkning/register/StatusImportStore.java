package dk.virkning.register;

import dk.virkning.participant.ParticipantId;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.program.ProgramId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Imports and weekly statuses in PostgreSQL, written with plain JDBC batches. */
@Repository
class StatusImportStore {

    private static final String COLUMNS = "id, program_id, content_sha256, coverage_from, coverage_to, row_count,"
            + " persons_covered, person_weeks, imported_at";

    private final JdbcTemplate jdbc;

    StatusImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One person-week to write. */
    record WeekRow(ParticipantId participant, IsoWeek week, WeeklyStatus status) {}

    Optional<StatusImportRecord> findByHash(ProgramId program, String hash) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM status_import WHERE program_id = ? AND content_sha256 = ?",
                        StatusImportStore::map,
                        program.value(),
                        hash)
                .stream()
                .findFirst();
    }

    Optional<StatusImportRecord> find(ProgramId program, UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM status_import WHERE program_id = ? AND id = ?",
                        StatusImportStore::map,
                        program.value(),
                        id)
                .stream()
                .findFirst();
    }

    Page<StatusImportRecord> list(ProgramId program, Pageable pageable) {
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM status_import WHERE program_id = ?", Long.class, program.value());
        List<StatusImportRecord> items = jdbc.query(
                "SELECT " + COLUMNS + " FROM status_import WHERE program_id = ? ORDER BY imported_at DESC, id"
                        + " LIMIT ? OFFSET ?",
                StatusImportStore::map,
                program.value(),
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(items, pageable, total == null ? 0 : total);
    }

    /** The municipality's own code mapping (row-level security scopes it to the current tenant). */
    Map<String, WeeklyStatus> codeMapping() {
        Map<String, WeeklyStatus> mapping = new HashMap<>();
        jdbc.query("SELECT source_code, status FROM register_code_mapping", rs -> {
            mapping.put(rs.getString(1), WeeklyStatus.valueOf(rs.getString(2)));
        });
        return mapping;
    }

    void insert(StatusImportRecord r, String tenant, String importedBy, List<WeekRow> weeks) {
        jdbc.update(
                "INSERT INTO status_import (" + COLUMNS + ", tenant_id, imported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                r.program().value(),
                r.contentSha256(),
                Date.valueOf(r.coverageFrom().monday()),
                Date.valueOf(r.coverageTo().monday()),
                r.rows(),
                r.personsCovered(),
                r.personWeeks(),
                Timestamp.from(r.importedAt()),
                tenant,
                importedBy);
        jdbc.batchUpdate(
                "INSERT INTO weekly_status (participant_id, week, tenant_id, program_id, status, import_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (participant_id, week)"
                        + " DO UPDATE SET status = excluded.status, import_id = excluded.import_id",
                weeks,
                1000,
                (ps, w) -> {
                    ps.setObject(1, w.participant().value());
                    ps.setDate(2, Date.valueOf(w.week().monday()));
                    ps.setString(3, tenant);
                    ps.setObject(4, r.program().value());
                    ps.setString(5, w.status().name());
                    ps.setObject(6, r.id());
                });
    }

    private static StatusImportRecord map(ResultSet rs, int row) throws SQLException {
        return new StatusImportRecord(
                rs.getObject("id", UUID.class),
                new ProgramId(rs.getObject("program_id", UUID.class)),
                rs.getString("content_sha256"),
                IsoWeek.of(rs.getDate("coverage_from").toLocalDate()),
                IsoWeek.of(rs.getDate("coverage_to").toLocalDate()),
                rs.getLong("row_count"),
                rs.getInt("persons_covered"),
                rs.getLong("person_weeks"),
                rs.getTimestamp("imported_at").toInstant());
    }
}
