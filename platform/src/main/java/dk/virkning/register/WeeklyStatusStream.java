package dk.virkning.register;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's published streaming read of a program's weekly statuses, for settlements of national
 * cohorts (100,000 participants × 156 weeks): one {@code COPY ... TO STDOUT} of the participants'
 * {@code status_timeline} rows (one row per participant, one byte per week), parsed as it comes
 * straight into one byte per week per participant; there is no object per person-week.
 */
@Component
public class WeeklyStatusStream {

    private final JdbcTemplate jdbc;

    WeeklyStatusStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Fills each participant's timeline with the stored statuses of the weeks from their start week
     * up to {@code horizon}: {@code timelines.get(i)[k]} becomes the {@link WeeklyStatus} ordinal of
     * week {@code k} after the start of the participant at enrolment ordinal {@code i} (the order of
     * {@code participant.Enrolments#inEnrolmentOrder}); weeks without data, and weeks past an array's
     * end (after the horizon), are left as they are. A {@code null} timeline skips that participant.
     * Runs in the caller's transaction, so it reads what the caller's lock on the program protects.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void readInto(ProgramId program, List<byte[]> timelines) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            TimelineRows rows = new TimelineRows(timelines);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy(program), rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.finish();
            return null;
        });
    }

    /**
     * COPY, not a result set: PostgreSQL streams plain text, two integers and the codes as hex a row,
     * parsed in place. Literals instead of parameters because COPY takes none; the program id is a
     * typed value, not user text. The participants' ordinals and start weeks come from the
     * participant feature's published view.
     */
    private static String copy(ProgramId program) {
        return "COPY (SELECT p.ordinal, (t.first_week - p.start_week) / 7, t.codes"
                + " FROM status_timeline t JOIN participant_order_published p ON p.id = t.participant_id"
                + " WHERE p.program_id = '" + program.value() + "' AND t.program_id = '" + program.value() + "')"
                + " TO STDOUT";
    }
}
