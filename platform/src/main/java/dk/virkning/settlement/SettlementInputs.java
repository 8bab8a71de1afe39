package dk.virkning.settlement;

import dk.virkning.casework.Wellbeing;
import dk.virkning.database.BulkWork;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.program.Program;
import dk.virkning.snapshot.Timelines;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Measurement;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.ReferralFacts;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.WeeklyStatus;
import dk.virkning.tenant.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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

/**
 * Gathers everything a formula may price, up to the period's horizon: weeks after it are unknown to
 * the formula even when already imported, so a statement depends only on its period and on what was
 * known when it ran.
 *
 * <p>Built for national cohorts (100,000 participants × 156 weeks): the weekly statuses arrive in one
 * streamed {@code COPY ... TO STDOUT} of small integers, parsed as they come, and are kept as one
 * byte per week per participant; there is no object per person-week.
 */
@Component
class SettlementInputs implements DisposableBean {

    /** The status code (ordinal) of a stored status, computed by PostgreSQL so that no string is parsed per row. */
    private static final String STATUS_CODE = "array_position('{"
            + Arrays.stream(WeeklyStatus.values()).map(Enum::name).collect(Collectors.joining(","))
            + "}'::text[], status::text) - 1";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ParticipantEvents events;
    private final Wellbeing wellbeing;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "settlement-inputs");
        t.setDaemon(true);
        return t;
    });

    private final BulkWork bulk;

    SettlementInputs(
            JdbcTemplate jdbc, DataSource dataSource, ParticipantEvents events, Wellbeing wellbeing, BulkWork bulk) {
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.wellbeing = wellbeing;
    }

    /** One participant while the statuses stream in. */
    private static final class Slot {
        final String id;
        final String targetGroup;
        final IsoWeek startWeek;
        final ReferralFacts referral;
        final byte[] codes;

        Slot(String id, String targetGroup, IsoWeek startWeek, ReferralFacts referral, int weeks) {
            this.id = id;
            this.targetGroup = targetGroup;
            this.startWeek = startWeek;
            this.referral = referral;
            this.codes = new byte[weeks];
            Arrays.fill(codes, Timelines.UNKNOWN);
        }
    }

    FormulaContext build(Program program, Terms terms, SettlementPeriod period) {
        IsoWeek horizon = period.horizon();
        UUID programId = program.id().value();
        // The order of Participants.allOf (enrolment order), which the snapshot format is canonical in.
        // The program row is locked by the settlement, so no one enrols while the statuses stream in.
        List<Slot> byOrdinal = new ArrayList<>();
        jdbc.query(
                "SELECT id, target_group, start_week, visitation_category, expected_longer_than_3m, health_unclear,"
                        + " social_problems, serious_illness, permanently_reduced_capacity, primary_barrier"
                        + " FROM participant WHERE program_id = ? ORDER BY enrolled_at ASC, id ASC",
                rs -> {
                    IsoWeek start = IsoWeek.of(rs.getDate(3).toLocalDate());
                    long length = start.weeksUntil(horizon) + 1;
                    byOrdinal.add(
                            length > 0
                                    ? new Slot(
                                            rs.getObject(1, UUID.class).toString(),
                                            rs.getString(2),
                                            start,
                                            new ReferralFacts(
                                                    rs.getString(4),
                                                    rs.getObject(5, Boolean.class),
                                                    rs.getObject(6, Boolean.class),
                                                    rs.getObject(7, Boolean.class),
                                                    rs.getObject(8, Boolean.class),
                                                    rs.getObject(9, Boolean.class),
                                                    rs.getString(10)),
                                            (int) length)
                                    : null);
                },
                programId);
        // Two COPY streams over disjoint halves of the weeks, on two connections, so that PostgreSQL and
        // the parsing use both cores: the program row is locked by the settlement (and by every import),
        // so both connections see the same weekly statuses. Each stream fills other weeks of the same
        // participants' arrays; joining the second stream publishes its writes.
        LocalDate first = byOrdinal.stream()
                .filter(Objects::nonNull)
                .map(slot -> slot.startWeek.monday())
                .min(LocalDate::compareTo)
                .orElse(horizon.monday());
        LocalDate middle = first.plusWeeks(first.until(horizon.monday(), java.time.temporal.ChronoUnit.WEEKS) / 2);
        String tenant = TenantContext.current();
        Future<Void> later = executor.submit(() -> TenantContext.callAs(tenant, () -> {
            try (Connection connection = dataSource.getConnection()) {
                // A read-only transaction of its own beside the settlement's: the tenant setting and
                // the time limit are transaction-local, so they are made here too.
                connection.setAutoCommit(false);
                try {
                    bulk.settlementTransaction(connection);
                    copyOut(connection, copy(programId, "ws.week >= DATE '" + middle + "'", horizon), byOrdinal);
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
                copyOut(con, copy(programId, "ws.week < DATE '" + middle + "'", horizon), byOrdinal);
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
        List<Slot> started = byOrdinal.stream().filter(Objects::nonNull).toList();
        Map<UUID, List<LifecycleEvent>> lifecycle = events.forFormula(programId, period.lastDay());
        Map<UUID, List<Measurement>> measured = wellbeing.forFormula(programId, period.lastDay());
        List<ParticipantInput> inputs = new ArrayList<>(started.size());
        for (Slot s : started) {
            // Trailing unknown weeks carry no information; dropping them keeps the snapshot canonical.
            inputs.add(new ParticipantInput(
                    s.id,
                    s.targetGroup,
                    s.startWeek,
                    s.referral,
                    lifecycle.getOrDefault(UUID.fromString(s.id), List.of()),
                    measured.getOrDefault(UUID.fromString(s.id), List.of()),
                    Timelines.of(s.codes, s.codes.length)));
        }
        return new FormulaContext(program.id().toString(), terms, period, inputs);
    }

    /**
     * COPY, not a result set: PostgreSQL streams plain text, three small integers a row, which is
     * parsed in place; a result set would cost a row object and a UUID per person-week. Literals
     * instead of parameters because COPY takes none; all are typed values, not user text.
     */
    private static String copy(UUID programId, String weeks, IsoWeek horizon) {
        return "COPY (SELECT p.ordinal, (ws.week - p.start_week) / 7, " + STATUS_CODE
                + " FROM weekly_status ws JOIN (SELECT id, start_week,"
                + " row_number() OVER (ORDER BY enrolled_at ASC, id ASC) - 1 AS ordinal"
                + " FROM participant WHERE program_id = '" + programId + "') p ON p.id = ws.participant_id"
                + " WHERE ws.program_id = '" + programId + "' AND ws.week >= p.start_week AND " + weeks
                + " AND ws.week <= DATE '" + horizon.monday() + "') TO STDOUT";
    }

    private static void copyOut(Connection connection, String copy, List<Slot> byOrdinal) throws SQLException {
        StatusRows rows = new StatusRows(byOrdinal);
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

    /**
     * Parses COPY text rows {@code ordinal TAB k TAB code NEWLINE} (non-negative integers) as they
     * stream in, straight into the participants' status codes.
     */
    private static final class StatusRows extends OutputStream {

        private final List<Slot> byOrdinal;
        private final long[] fields = new long[3];
        private int field;
        private boolean nullField;

        StatusRows(List<Slot> byOrdinal) {
            this.byOrdinal = byOrdinal;
        }

        @Override
        public void write(int b) {
            accept((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                accept(b[i]);
            }
        }

        private void accept(byte b) {
            if (b >= '0' && b <= '9') {
                fields[field] = fields[field] * 10 + (b - '0');
            } else if (b == '\\' || b == 'N') {
                nullField = true;
            } else if (b == '\t') {
                field++;
                if (field > 2) {
                    throw new IllegalStateException("unexpected weekly status row");
                }
            } else if (b == '\n') {
                row();
            } else {
                throw new IllegalStateException("unexpected byte in a weekly status row: " + b);
            }
        }

        private void row() {
            if (nullField || field != 2) {
                throw new IllegalStateException("weekly_status holds a status that is not canonical");
            }
            Slot slot = byOrdinal.get((int) fields[0]);
            long k = fields[1];
            if (slot != null && k < slot.codes.length) {
                slot.codes[(int) k] = (byte) fields[2];
            }
            fields[0] = 0;
            fields[1] = 0;
            fields[2] = 0;
            field = 0;
        }

        void finish() {
            if (field != 0 || fields[0] != 0) {
                throw new IllegalStateException("the weekly status stream ended inside a row");
            }
        }
    }
}
