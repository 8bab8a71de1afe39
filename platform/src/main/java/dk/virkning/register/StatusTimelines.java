package dk.virkning.register;

import dk.virkning.database.CopyInto;
import dk.virkning.database.CopyText;
import dk.virkning.program.ProgramId;
import dk.virkning.spi.WeeklyStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
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
        // Only the listed participants' timelines: a one-person correction reads one row, not the program's.
        List<UUID> listed = new ArrayList<>(matrix.listedCount());
        for (int p = 0; p < roster.persons(); p++) {
            if (matrix.listed(p)) {
                listed.add(roster.member(p).id());
            }
        }
        Map<UUID, byte[]> existing = new HashMap<>();
        jdbc.query(
                "SELECT participant_id, codes FROM status_timeline WHERE program_id = ? AND participant_id = ANY (?)",
                rs -> {
                    existing.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                },
                program.value(),
                listed.toArray(UUID[]::new));
        jdbc.execute("CREATE TEMPORARY TABLE status_timeline_staging"
                + " (participant_id uuid NOT NULL, first_week date NOT NULL, codes bytea NOT NULL) ON COMMIT DROP");
        CopyInto.run(
                jdbc,
                "COPY status_timeline_staging (participant_id, first_week, codes) FROM STDIN",
                "the status timelines",
                copy -> {
                    copyRows(copy, coverage, roster, matrix, existing);
                    return null;
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
            throws SQLException {
        int weeks = matrix.weeks();
        CopyText text = new CopyText(copy);
        HexFormat hex = HexFormat.of();
        for (int p = 0; p < roster.persons(); p++) {
            Roster.Member member = roster.member(p);
            long startOffset = coverage.from().weeksUntil(member.startWeek());
            int first = (int) Math.max(0, startOffset);
            if (first >= weeks || !matrix.listed(p)) {
                continue;
            }
            byte[] old = existing.getOrDefault(member.id(), new byte[0]);
            byte[] codes = Arrays.copyOf(old, (int) Math.max(old.length, weeks - startOffset));
            for (int w = first; w < weeks; w++) {
                byte code = matrix.get(p, w);
                codes[(int) (w - startOffset)] = code == UNKNOWN ? 0 : stored(StatusMatrix.status(code));
            }
            int end = codes.length;
            while (end > 0 && codes[end - 1] == 0) {
                end--;
            }
            // bytea's hex input; CopyText escapes its backslash for COPY.
            text.field(member.id().toString())
                    .field(member.startWeek().monday().toString())
                    .last("\\x" + hex.formatHex(codes, 0, end));
        }
        text.flush();
    }
}
