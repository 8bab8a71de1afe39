package dk.virkning.benchmark;

import dk.virkning.participant.Pseudonymizer;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The benchmark's own SQL, run as the application's non-superuser role with the tenant set, so that
 * row-level security is in force for the baselines exactly as for the platform.
 */
public final class BenchmarkDatabase {

    private static final WeeklyStatus[] STATUSES = WeeklyStatus.values();

    private final String url;
    private final String user;
    private final String password;
    private final String baselineTable =
            "benchmark_copy_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);

    private final String[] superuser;

    public BenchmarkDatabase(String url, String user, String password) {
        this(url, user, password, null);
    }

    /**
     * @param superuser URL, user and password of the server's superuser, for the {@code CHECKPOINT}
     *     before each timed phase ({@link #quiesce}); {@code null} to skip it
     */
    public BenchmarkDatabase(String url, String user, String password, String[] superuser) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.superuser = superuser == null ? null : superuser.clone();
    }

    /** Whether {@link #quiesce} makes a checkpoint (a superuser was given). */
    boolean checkpoints() {
        return superuser != null;
    }

    /**
     * Writes out what earlier phases left dirty (a {@code CHECKPOINT}, which needs the superuser), so
     * that a timed phase does not pay for the write-back of the one before it: after a 15.6-million-row
     * import or {@code COPY}, gigabytes are still being flushed while the next phase runs. Does
     * nothing without a superuser.
     */
    void quiesce() throws SQLException {
        if (superuser == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(superuser[0], superuser[1], superuser[2]);
                Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    String version() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /** Enrols the cohort with COPY; returns the participant ids by cohort index. */
    public List<UUID> enrol(
            String municipality, UUID program, SyntheticCohort cohort, Pseudonymizer pseudonymizer, IsoWeek start)
            throws SQLException {
        List<UUID> ids = new ArrayList<>(cohort.participants());
        Instant enrolled = Instant.now();
        try (Connection c = connection(municipality)) {
            // PostgreSQL refuses COPY FROM into a table with row-level security: stage, then insert.
            stage(c, "participant");
            CopyIn copy = copyIn(
                    c,
                    "COPY stage (id, tenant_id, program_id, pseudonym, target_group, start_week, enrolled_at,"
                            + " enrolled_by) FROM STDIN");
            Chunks out = new Chunks(copy);
            String fixed = "\t" + municipality + "\t" + program + "\t";
            String tail = "\tMENTAL_ILLNESS\t" + start.monday() + "\t";
            for (int i = 0; i < cohort.participants(); i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                out.text(id + fixed
                        + pseudonymizer
                                .pseudonymise(municipality, cohort.cpr(i))
                                .value()
                        + tail
                        // Distinct enrolment instants keep the enrolment order the cohort order.
                        + enrolled.plusNanos(i * 1000L)
                        + "\tbenchmark\n");
            }
            out.end();
            unstage(c, "participant");
            c.commit();
        }
        return ids;
    }

    /** The fallback when the import fails: the same person-weeks written straight into weekly_status. */
    UUID loadDirectly(String municipality, UUID program, List<UUID> ids, SyntheticCohort cohort) throws SQLException {
        UUID importId = UUID.randomUUID();
        try (Connection c = connection(municipality)) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_import (id, tenant_id, program_id,"
                    + " content_sha256, coverage_from, coverage_to, row_count, persons_covered, person_weeks,"
                    + " imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'benchmark')")) {
                byte[] hash = new byte[32];
                ThreadLocalRandom.current().nextBytes(hash);
                ps.setObject(1, importId);
                ps.setString(2, municipality);
                ps.setObject(3, program);
                ps.setString(4, HexFormat.of().formatHex(hash));
                ps.setObject(5, cohort.firstWeek().monday());
                ps.setObject(6, cohort.lastWeek().monday());
                ps.setLong(7, cohort.personWeeks());
                ps.setInt(8, cohort.participants());
                ps.setLong(9, cohort.personWeeks());
                ps.executeUpdate();
            }
            stage(c, "weekly_status");
            copyWeeks(c, "stage", municipality, program, importId, ids, cohort);
            unstage(c, "weekly_status");
            c.commit();
        }
        return importId;
    }

    /**
     * The COPY baseline: the same person-weeks into a table equivalent to weekly_status (same
     * columns, primary key, index and foreign keys). Returns the rows. Unlike weekly_status it has no
     * row-level security, because PostgreSQL refuses COPY FROM into a table with it: this is the raw
     * COPY, the fastest way in, while the platform has to go through the policy.
     */
    long copyBaseline(String municipality, UUID program, UUID importId, List<UUID> ids, SyntheticCohort cohort)
            throws SQLException {
        try (Connection c = connection(municipality)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + baselineTable + " (LIKE weekly_status INCLUDING ALL)");
                // The same foreign keys as weekly_status has now, read from the catalogue.
                List<String> keys = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'weekly_status'::regclass AND contype = 'f'")) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                for (String key : keys) {
                    s.execute("ALTER TABLE " + baselineTable + " ADD " + key);
                }
            }
            long rows = copyWeeks(c, baselineTable, municipality, program, importId, ids, cohort);
            c.commit();
            return rows;
        }
    }

    /**
     * Refreshes the planner's statistics after a bulk load, as autovacuum would a little later; the
     * platform's queries and the baseline query alike would otherwise be planned for empty tables.
     */
    void analyze() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("ANALYZE participant");
            s.execute("ANALYZE weekly_status");
        }
    }

    void dropBaseline() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + baselineTable);
        }
    }

    /**
     * NK1 (DOMAIN.md 6.3) as one query over weekly_status: per participant savingsShare ×
     * (baselineBenefitShare × known weeks − benefit weeks) × weeklyNetCost over the weeks {@code 0 ≤ k
     * < measurementWeeks} up to the horizon, rounded HALF_EVEN to øre per participant; summed, floored
     * at zero and capped at maxTotalPayment.
     */
    BigDecimal nk1Earned(String municipality, UUID program, Map<String, Object> terms, IsoWeek horizon)
            throws SQLException {
        String sql =
                """
                SELECT least(greatest(coalesce(sum(
                           CASE WHEN abs(y - trunc(y)) = 0.5
                                THEN (trunc(y) + CASE WHEN mod(trunc(y), 2) = 0 THEN 0 ELSE sign(y) END) / 100
                                ELSE round(y / 100, 2) END), 0), 0), ?)
                FROM (
                    SELECT ? * (? * count(*)
                               - count(*) FILTER (WHERE ws.status NOT IN ('SELF_SUPPORTING', 'EDUCATION', 'UNKNOWN')))
                             * ? * 100 AS y
                    FROM weekly_status ws
                    JOIN participant p ON p.id = ws.participant_id
                    WHERE ws.program_id = ? AND p.program_id = ?
                      AND ws.week <= ? AND ws.week >= p.start_week AND ws.week < p.start_week + 7 * ?
                    GROUP BY ws.participant_id
                ) per_participant
                """;
        try (Connection c = connection(municipality);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBigDecimal(1, decimal(terms.get("maxTotalPayment")).setScale(2, RoundingMode.HALF_EVEN));
            ps.setBigDecimal(2, decimal(terms.get("savingsShare")));
            ps.setBigDecimal(3, decimal(terms.get("baselineBenefitShare")));
            ps.setBigDecimal(4, decimal(terms.get("weeklyNetCost")));
            ps.setObject(5, program);
            ps.setObject(6, program);
            ps.setObject(7, horizon.monday());
            ps.setInt(8, decimal(terms.get("measurementWeeks")).intValueExact());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                BigDecimal earned = rs.getBigDecimal(1).setScale(2, RoundingMode.UNNECESSARY);
                c.commit();
                return earned;
            }
        }
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }

    private long copyWeeks(
            Connection c,
            String table,
            String municipality,
            UUID program,
            UUID importId,
            List<UUID> ids,
            SyntheticCohort cohort)
            throws SQLException {
        CopyIn copy = copyIn(
                c, "COPY " + table + " (participant_id, week, tenant_id, program_id, status, import_id) FROM STDIN");
        Chunks out = new Chunks(copy);
        byte[][] weeks = new byte[cohort.weeks()][];
        for (int k = 0; k < weeks.length; k++) {
            weeks[k] = ("\t" + cohort.firstWeek().plusWeeks(k).monday() + "\t" + municipality + "\t" + program + "\t")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] statuses = new byte[STATUSES.length][];
        for (WeeklyStatus s : STATUSES) {
            statuses[s.ordinal()] = (s.name() + "\t" + importId + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        byte[] codes = new byte[cohort.weeks()];
        long rows = 0;
        for (int i = 0; i < cohort.participants(); i++) {
            byte[] participant = ids.get(i).toString().getBytes(StandardCharsets.US_ASCII);
            cohort.statuses(i, codes);
            for (int k = 0; k < codes.length; k++) {
                out.bytes(participant);
                out.bytes(weeks[k]);
                out.bytes(statuses[codes[k]]);
                rows++;
            }
        }
        out.end();
        return rows;
    }

    private static void stage(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE stage (LIKE " + table + " INCLUDING DEFAULTS) ON COMMIT DROP");
        }
    }

    private static void unstage(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " SELECT * FROM stage");
        }
    }

    private Connection connection(String municipality) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('virkning.tenant', ?, false)")) {
            ps.setString(1, municipality);
            ps.execute();
        }
        return c;
    }

    private static CopyIn copyIn(Connection c, String sql) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    /** Buffers COPY text and sends it in chunks of 1 MiB. */
    private static final class Chunks {
        private final CopyIn copy;
        private final byte[] buffer = new byte[1 << 20];
        private int size;

        Chunks(CopyIn copy) {
            this.copy = copy;
        }

        void text(String s) throws SQLException {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] b) throws SQLException {
            if (b.length > buffer.length - size) {
                flush();
            }
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
        }

        void end() throws SQLException {
            flush();
            copy.endCopy();
        }

        private void flush() throws SQLException {
            if (size > 0) {
                copy.writeToCopy(buffer, 0, size);
                size = 0;
            }
        }
    }
}
