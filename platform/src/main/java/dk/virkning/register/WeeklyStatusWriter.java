package dk.virkning.register;

import dk.virkning.database.CopyInto;
import dk.virkning.program.ProgramId;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes an import's weeks into {@code weekly_status}: COPY into a temporary staging table (COPY FROM
 * does not work on a table with row-level security), then one statement into the table, in the
 * caller's transaction. Only the persons a file lists are written; a week the file marks as not
 * known loses its row (no row is UNKNOWN). The participants' {@link StatusTimelines} follow in the
 * same transaction.
 */
@Repository
class WeeklyStatusWriter {

    private static final Logger log = LoggerFactory.getLogger(WeeklyStatusWriter.class);

    private static final int COPY_BUFFER = 1 << 16;
    private static final byte UNKNOWN = StatusMatrix.code(WeeklyStatus.UNKNOWN);

    private final JdbcTemplate jdbc;
    private final StatusTimelines timelines;

    WeeklyStatusWriter(JdbcTemplate jdbc, StatusTimelines timelines) {
        this.jdbc = jdbc;
        this.timelines = timelines;
    }

    /**
     * ANALYZE of the weekly statuses inside the import's transaction: PostgreSQL samples the rows this
     * transaction wrote as live, and the statistics commit with them. Through a function that runs as
     * the table's owner, because the data role the pods connect as owns no table (register-5).
     */
    void analyzeWeeks() {
        long started = System.nanoTime();
        jdbc.execute("SELECT virkning_analyze_weekly_status()");
        log.info(
                "Refreshed the planner statistics of weekly_status in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** What an import changed: participants and person-weeks set, changed or made unknown. */
    record Changes(int persons, long weeks) {}

    /**
     * Writes every covered person-week of each listed participant from their start week on: the
     * file's status, self-supporting where it gave none, and no row where it marks the week as not
     * known. Participants the file does not list keep their weeks. The weeks go to PostgreSQL with
     * COPY into a staging table and then one statement into {@code weekly_status}; a week whose status
     * is unchanged keeps its row (and the import that set it).
     *
     * @return what was set, changed or made unknown
     */
    Changes writeWeeks(
            UUID importId, ProgramId program, String tenant, Coverage coverage, Roster roster, StatusMatrix matrix) {
        boolean regionEmpty = !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM weekly_status WHERE program_id = ? AND week BETWEEN ? AND ?)",
                Boolean.class,
                program.value(),
                Date.valueOf(coverage.from().monday()),
                Date.valueOf(coverage.to().monday())));
        long started = System.nanoTime();
        jdbc.execute("CREATE TEMPORARY TABLE weekly_status_staging"
                + " (participant_id uuid NOT NULL, week date NOT NULL, status varchar(24) NOT NULL) ON COMMIT DROP");
        // Into an empty region a week marked unknown has nothing to remove, so it is not even staged.
        int copiedPersons = CopyInto.run(
                jdbc,
                "COPY weekly_status_staging (participant_id, week, status) FROM STDIN",
                "the weekly statuses",
                copy -> copyRows(copy, coverage, roster, matrix, !regionEmpty));
        String insert = "INSERT INTO weekly_status (participant_id, week, tenant_id, program_id, status, import_id)"
                + " SELECT participant_id, week, ?, ?, status, ? FROM weekly_status_staging";
        long copied = System.nanoTime();
        Changes changed;
        if (regionEmpty) {
            // Every staged week is new, for every person staged: no conflict to check, nothing to return.
            changed = new Changes(copiedPersons, jdbc.update(insert, tenant, program.value(), importId));
        } else {
            changed = jdbc.queryForObject(
                    "WITH gone AS (DELETE FROM weekly_status w USING weekly_status_staging s"
                            + " WHERE s.status = 'UNKNOWN' AND w.participant_id = s.participant_id"
                            + " AND w.week = s.week RETURNING w.participant_id),"
                            + " written AS (" + insert + " WHERE status <> 'UNKNOWN'"
                            + " ON CONFLICT (participant_id, week) DO UPDATE"
                            + " SET status = excluded.status, import_id = excluded.import_id"
                            + " WHERE weekly_status.status <> excluded.status RETURNING participant_id)"
                            + " SELECT count(DISTINCT participant_id), count(*) FROM"
                            + " (SELECT participant_id FROM gone UNION ALL SELECT participant_id FROM written) c",
                    (rs, i) -> new Changes(rs.getInt(1), rs.getLong(2)),
                    tenant,
                    program.value(),
                    importId);
        }
        jdbc.execute("DROP TABLE weekly_status_staging");
        long written = System.nanoTime();
        timelines.write(program, tenant, coverage, roster, matrix);
        log.info(
                "Wrote weeks of import {}: COPY into staging {} ms, {} into weekly_status {} ms, timelines {} ms",
                importId,
                (copied - started) / 1_000_000,
                regionEmpty ? "INSERT" : "upsert",
                (written - copied) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return changed;
    }

    /**
     * Builds COPY text rows of the listed participants into one reused buffer: no object per
     * person-week.
     *
     * @param withUnknown whether weeks marked unknown are staged too (to remove what they had)
     * @return the participants with a staged week other than unknown
     */
    private static int copyRows(CopyIn copy, Coverage coverage, Roster roster, StatusMatrix matrix, boolean withUnknown)
            throws SQLException, IOException {
        int weeks = matrix.weeks();
        byte[][] dates = new byte[weeks][];
        for (int w = 0; w < weeks; w++) {
            dates[w] = coverage.from().plusWeeks(w).monday().toString().getBytes(StandardCharsets.US_ASCII);
        }
        WeeklyStatus[] statuses = WeeklyStatus.values();
        byte[][] statusText = new byte[statuses.length + 1][];
        for (int s = 0; s <= statuses.length; s++) {
            statusText[s] = StatusMatrix.status((byte) s).name().getBytes(StandardCharsets.US_ASCII);
        }
        byte[] buf = new byte[COPY_BUFFER];
        int n = 0;
        int persons = 0;
        for (int p : roster.inIdOrder()) {
            int first = (int)
                    Math.max(0, coverage.from().weeksUntil(roster.member(p).startWeek()));
            if (first >= weeks || !matrix.listed(p)) {
                continue;
            }
            byte[] id = roster.idText(p);
            boolean known = false;
            for (int w = first; w < weeks; w++) {
                byte code = matrix.get(p, w);
                if (code == UNKNOWN) {
                    if (!withUnknown) {
                        continue;
                    }
                } else {
                    known = true;
                }
                byte[] date = dates[w];
                byte[] status = statusText[code];
                if (n + id.length + date.length + status.length + 3 > buf.length) {
                    copy.writeToCopy(buf, 0, n);
                    n = 0;
                }
                System.arraycopy(id, 0, buf, n, id.length);
                n += id.length;
                buf[n++] = '\t';
                System.arraycopy(date, 0, buf, n, date.length);
                n += date.length;
                buf[n++] = '\t';
                System.arraycopy(status, 0, buf, n, status.length);
                n += status.length;
                buf[n++] = '\n';
            }
            if (known) {
                persons++;
            }
        }
        if (n > 0) {
            copy.writeToCopy(buf, 0, n);
        }
        return persons;
    }
}
