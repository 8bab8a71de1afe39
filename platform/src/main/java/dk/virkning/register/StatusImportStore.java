package dk.virkning.register;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Imports and weekly statuses in PostgreSQL. Weeks are bulk loaded: COPY into a temporary staging
 * table (COPY FROM does not work on a table with row-level security), then one
 * {@code INSERT ... SELECT} into {@code weekly_status}, in the caller's transaction (see
 * {@link WeeklyStatusWriter}).
 */
@Repository
class StatusImportStore {

    private static final String COLUMNS = "id, program_id, format, content_sha256, coverage_from, coverage_to,"
            + " row_count, coverage_scope, persons_covered, person_weeks, persons_changed, changed_weeks, imported_at";

    private final JdbcTemplate jdbc;

    StatusImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StatusImportRecord> findByHash(ProgramId program, String hash) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM status_import WHERE program_id = ? AND content_sha256 = ?"
                                + " ORDER BY imported_at DESC, id LIMIT 1",
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

    /**
     * The municipality's code mapping, ordered by source code. Filtered by tenant explicitly;
     * row-level security is the second line.
     */
    Map<String, WeeklyStatus> codeMapping(String tenant) {
        Map<String, WeeklyStatus> mapping = new TreeMap<>();
        jdbc.query(
                "SELECT source_code, status FROM register_code_mapping WHERE tenant_id = ?",
                rs -> {
                    mapping.put(rs.getString(1), WeeklyStatus.valueOf(rs.getString(2)));
                },
                tenant);
        return mapping;
    }

    void replaceCodeMapping(String tenant, Map<String, WeeklyStatus> mapping) {
        jdbc.update("DELETE FROM register_code_mapping WHERE tenant_id = ?", tenant);
        jdbc.batchUpdate(
                "INSERT INTO register_code_mapping (tenant_id, source_code, status) VALUES (?, ?, ?)",
                new ArrayList<>(mapping.entrySet()),
                500,
                (ps, e) -> {
                    ps.setString(1, tenant);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue().name());
                });
    }

    void insert(StatusImportRecord r, String tenant, String importedBy) {
        jdbc.update(
                "INSERT INTO status_import (" + COLUMNS + ", tenant_id, imported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                r.program().value(),
                r.format().name(),
                r.contentSha256(),
                Date.valueOf(r.coverageFrom().monday()),
                Date.valueOf(r.coverageTo().monday()),
                r.rows(),
                r.scope().name(),
                r.personsCovered(),
                r.personWeeks(),
                r.personsChanged(),
                r.changedWeeks(),
                Timestamp.from(r.importedAt()),
                tenant,
                importedBy);
    }

    void recordChanges(UUID importId, WeeklyStatusWriter.Changes changes) {
        jdbc.update(
                "UPDATE status_import SET persons_changed = ?, changed_weeks = ? WHERE id = ?",
                changes.persons(),
                changes.weeks(),
                importId);
    }

    /** Removes an import that turned out to change nothing (an identical file again), in its transaction. */
    void delete(UUID importId) {
        jdbc.update("DELETE FROM status_import WHERE id = ?", importId);
    }

    private static StatusImportRecord map(ResultSet rs, int row) throws SQLException {
        Long changed = rs.getObject("changed_weeks", Long.class);
        Integer personsChanged = rs.getObject("persons_changed", Integer.class);
        return new StatusImportRecord(
                rs.getObject("id", UUID.class),
                new ProgramId(rs.getObject("program_id", UUID.class)),
                RegisterFormat.valueOf(rs.getString("format")),
                rs.getString("content_sha256"),
                IsoWeek.of(rs.getDate("coverage_from").toLocalDate()),
                IsoWeek.of(rs.getDate("coverage_to").toLocalDate()),
                rs.getLong("row_count"),
                CoverageScope.valueOf(rs.getString("coverage_scope")),
                rs.getInt("persons_covered"),
                rs.getLong("person_weeks"),
                personsChanged,
                changed,
                rs.getTimestamp("imported_at").toInstant());
    }
}
