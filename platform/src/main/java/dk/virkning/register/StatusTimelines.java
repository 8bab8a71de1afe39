package dk.virkning.register;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code status_timeline}, the weekly statuses of each participant as one row (register-6): one
 * byte per week from the participant's start week, the status's ordinal + 1, 0 where
 * {@code weekly_status} has no row. Written in the import's transaction right after the weeks, from
 * the same file, so the two tables never disagree; a settlement reads 100,000 rows from here instead
 * of 15.6 million person-weeks.
 */
@Repository
class StatusTimelines {

    private static final byte UNKNOWN = StatusMatrix.code(WeeklyStatus.UNKNOWN);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int COPY_BUFFER = 1 << 16;

    private final JdbcTemplate jdbc;

    StatusTimelines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The timeline byte of a status: its ordinal + 1, 0 for no data. */
    static byte stored(WeeklyStatus status) {
        return status == WeeklyStatus.UNKNOWN ? 0 : (byte) (status.ordinal() + 1);
    }

    /**
     * Overlays the covered weeks of every listed participant onto their timeline, exactly as {@link
     * WeeklyStatusWriter#writeWeeks} wrote them: the file's status, self-supporting where it gave none,
     * no data where it marks the week as not known. Other participants' timelines stay as they are.
     */
    void write(ProgramId program, String tenant, Coverage coverage, Roster roster, StatusMatrix matrix) {
        Map<UUID, byte[]> existing = new HashMap<>();
        jdbc.query(
                "SELECT participant_id, codes FROM status_timeline WHERE program_id = ?",
                rs -> {
                    existing.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                },
                program.value());
        jdbc.execute("CREATE TEMPORARY TABLE status_timeline_staging"
                + " (participant_id uuid NOT NULL, first_week date NOT NULL, codes bytea NOT NULL) ON COMMIT DROP");
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY status_timeline_staging (participant_id, first_week, codes) FROM STDIN");
            try {
                copyRows(copy, coverage, roster, matrix, existing);
                copy.endCopy();
                return null;
            } catch (IOException | RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw new SQLException("COPY of the status timelines failed", e);
            }
        });
        jdbc.update(
                "INSERT INTO status_timeline (participant_id, tenant_id, program_id, first_week, codes)"
                        + " SELECT participant_id, ?, ?, first_week, codes FROM status_timeline_staging"
                        + " ON CONFLICT (participant_id) DO UPDATE SET first_week = excluded.first_week,"
                        + " codes = excluded.codes WHERE status_timeline.codes <> excluded.codes",
                tenant,
                program.value());
        jdbc.execute("DROP TABLE status_timeline_staging");
    }

    private static void copyRows(
            CopyIn copy, Coverage coverage, Roster roster, StatusMatrix matrix, Map<UUID, byte[]> existing)
            throws SQLException, IOException {
        int weeks = matrix.weeks();
        byte[] buf = new byte[COPY_BUFFER];
        int n = 0;
        for (int p = 0; p < roster.persons(); p++) {
            Roster.Member member = roster.member(p);
            long startOffset = coverage.from().weeksUntil(member.startWeek());
            int first = (int) Math.max(0, startOffset);
            if (first >= weeks || !matrix.listed(p)) {
                continue;
            }
            byte[] old = existing.getOrDefault(member.id(), new byte[0]);
            int length = (int) Math.max(old.length, weeks - startOffset);
            byte[] codes = Arrays.copyOf(old, length);
            for (int w = first; w < weeks; w++) {
                byte code = matrix.get(p, w);
                codes[(int) (w - startOffset)] = code == UNKNOWN ? 0 : stored(StatusMatrix.status(code));
            }
            int end = codes.length;
            while (end > 0 && codes[end - 1] == 0) {
                end--;
            }
            byte[] id = roster.idText(p);
            byte[] week = member.startWeek().monday().toString().getBytes(StandardCharsets.US_ASCII);
            int row = id.length + week.length + 2 * end + 6;
            if (n + row > buf.length) {
                copy.writeToCopy(buf, 0, n);
                n = 0;
                if (row > buf.length) {
                    buf = new byte[row];
                }
            }
            System.arraycopy(id, 0, buf, n, id.length);
            n += id.length;
            buf[n++] = '\t';
            System.arraycopy(week, 0, buf, n, week.length);
            n += week.length;
            buf[n++] = '\t';
            // bytea hex input, its backslash escaped for COPY text: \\x0102...
            buf[n++] = '\\';
            buf[n++] = '\\';
            buf[n++] = 'x';
            for (int k = 0; k < end; k++) {
                buf[n++] = HEX[(codes[k] >> 4) & 0xf];
                buf[n++] = HEX[codes[k] & 0xf];
            }
            buf[n++] = '\n';
        }
        if (n > 0) {
            copy.writeToCopy(buf, 0, n);
        }
    }
}
