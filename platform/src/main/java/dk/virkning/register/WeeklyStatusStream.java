package dk.virkning.register;

import dk.virkning.database.BulkWork;
import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import dk.virkning.tenant.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's published streaming read of a program's weekly statuses, for settlements of national
 * cohorts (100,000 participants × 156 weeks): the statuses arrive in streamed
 * {@code COPY ... TO STDOUT} of small integers, parsed as they come straight into one byte per week
 * per participant; there is no object per person-week.
 */
@Component
public class WeeklyStatusStream implements DisposableBean {

    /** The status code (ordinal) of a stored status, computed by PostgreSQL so that no string is parsed per row. */
    private static final String STATUS_CODE = "array_position('{"
            + Arrays.stream(WeeklyStatus.values()).map(Enum::name).collect(Collectors.joining(","))
            + "}'::text[], status::text) - 1";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final BulkWork bulk;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "weekly-status-stream");
        t.setDaemon(true);
        return t;
    });

    WeeklyStatusStream(JdbcTemplate jdbc, DataSource dataSource, BulkWork bulk) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.bulk = bulk;
    }

    /**
     * Fills each participant's timeline with the stored statuses of the weeks from their start week
     * up to {@code horizon}: {@code timelines.get(i)[k]} becomes the {@link WeeklyStatus} ordinal of
     * week {@code k} after the start of the participant at enrolment ordinal {@code i} (the order of
     * {@code participant.Enrolments#inEnrolmentOrder}); weeks without a row, and weeks past an array's
     * end, are left as they are. A {@code null} timeline skips that participant.
     *
     * <p>Runs in the caller's transaction. A second connection reads half of the weeks, so the two
     * halves are one consistent read when the caller holds the program's lock (a settlement does, and
     * every import takes it).
     *
     * @param firstWeek the earliest start week of the participants with a timeline
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void readInto(ProgramId program, IsoWeek firstWeek, IsoWeek horizon, List<byte[]> timelines) {
        // Two COPY streams over disjoint halves of the weeks, on two connections, so that PostgreSQL and
        // the parsing use both cores: the program row is locked by the caller (and by every import),
        // so both connections see the same weekly statuses. Each stream fills other weeks of the same
        // participants' arrays; joining the second stream publishes its writes.
        LocalDate first = firstWeek.monday();
        LocalDate middle = first.plusWeeks(first.until(horizon.monday(), ChronoUnit.WEEKS) / 2);
        String tenant = TenantContext.current();
        Future<Void> later = executor.submit(() -> TenantContext.callAs(tenant, () -> {
            try (Connection connection = dataSource.getConnection()) {
                // A read-only transaction of its own beside the caller's: the tenant setting and the
                // time limit are transaction-local, so they are made here too.
                connection.setAutoCommit(false);
                try {
                    bulk.settlementTransaction(connection);
                    copyOut(connection, copy(program, "ws.week >= DATE '" + middle + "'", horizon), timelines);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the weekly statuses failed", e);
            }
            return null;
        }));
        try {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                copyOut(con, copy(program, "ws.week < DATE '" + middle + "'", horizon), timelines);
                return null;
            });
            later.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the weekly statuses", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the weekly statuses failed", e.getCause());
        } finally {
            later.cancel(true);
        }
    }

    /**
     * COPY, not a result set: PostgreSQL streams plain text, three small integers a row, which is
     * parsed in place; a result set would cost a row object and a UUID per person-week. Literals
     * instead of parameters because COPY takes none; all are typed values, not user text. The
     * participants' ordinals and start weeks come from the participant feature's published view.
     */
    private static String copy(ProgramId program, String weeks, IsoWeek horizon) {
        return "COPY (SELECT p.ordinal, (ws.week - p.start_week) / 7, " + STATUS_CODE
                + " FROM weekly_status ws JOIN participant_order_published p ON p.id = ws.participant_id"
                + " WHERE p.program_id = '" + program.value() + "' AND ws.program_id = '" + program.value() + "'"
                + " AND ws.week >= p.start_week AND " + weeks
                + " AND ws.week <= DATE '" + horizon.monday() + "') TO STDOUT";
    }

    private static void copyOut(Connection connection, String copy, List<byte[]> timelines) throws SQLException {
        StatusRows rows = new StatusRows(timelines);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.finish();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
