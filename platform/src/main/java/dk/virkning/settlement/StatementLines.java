package dk.virkning.settlement;

import dk.virkning.database.CopyInto;
import dk.virkning.database.CopyText;
import dk.virkning.spi.PendingKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lines of statements in PostgreSQL, read only where a statement is shown on its own; lists of
 * statements read per-outcome totals instead, one query for the page.
 */
@Repository
class StatementLines {

    private final JdbcTemplate jdbc;

    StatementLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredLine> of(UUID statement) {
        return jdbc.query(
                "SELECT line_no, kind, participant_id, outcome, description, quantity, amount, pending_kind,"
                        + " open_amount FROM statement_line WHERE statement_id = ? ORDER BY line_no",
                (rs, i) -> new StoredLine(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getString(8) == null ? null : PendingKind.valueOf(rs.getString(8)),
                        rs.getBigDecimal(9)),
                statement);
    }

    /** The earned totals per outcome of each of the given statements, summed by the database. */
    Map<UUID, List<OutcomeTotal>> earnedTotals(Collection<UUID> statements) {
        Map<UUID, List<OutcomeTotal>> totals = new HashMap<>();
        if (statements.isEmpty()) {
            return totals;
        }
        jdbc.query(
                "SELECT statement_id, outcome, count(DISTINCT participant_id), sum(amount),"
                        + " bool_or(participant_id IS NULL) FROM statement_line"
                        + " WHERE statement_id = ANY (?) AND kind = '" + StoredLine.EARNED + "'"
                        + " GROUP BY statement_id, outcome",
                rs -> {
                    BigDecimal amount = rs.getBigDecimal(4);
                    totals.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new OutcomeTotal(rs.getString(2), rs.getInt(3), amount, rs.getBoolean(5)));
                },
                (Object) statements.toArray(UUID[]::new));
        totals.values().forEach(t -> t.sort(Comparator.comparing(OutcomeTotal::outcome)));
        return totals;
    }

    /** What the pending lines of each of the given statements leave open per kind, summed by the database. */
    Map<UUID, List<OpenTotal>> openTotals(Collection<UUID> statements) {
        Map<UUID, List<OpenTotal>> totals = new HashMap<>();
        if (statements.isEmpty()) {
            return totals;
        }
        jdbc.query(
                "SELECT statement_id, coalesce(pending_kind, '" + PendingKind.UNSPECIFIED + "'), count(*),"
                        + " count(DISTINCT participant_id), coalesce(sum(open_amount), 0.00), count(*) - count(open_amount)"
                        + " FROM statement_line WHERE statement_id = ANY (?) AND kind = '" + StoredLine.PENDING + "'"
                        + " GROUP BY 1, 2",
                rs -> {
                    totals.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new OpenTotal(
                                    PendingKind.valueOf(rs.getString(2)),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getBigDecimal(5).setScale(2),
                                    rs.getInt(6)));
                },
                (Object) statements.toArray(UUID[]::new));
        totals.values().forEach(t -> t.sort(Comparator.comparing(OpenTotal::kind)));
        return totals;
    }

    /**
     * Writes a statement's lines: COPY into a staging table, then one INSERT into {@code
     * statement_line} (COPY FROM cannot write a table under row-level security). A national
     * statement has 100,000 lines and more; this is several times faster than batched INSERTs.
     */
    void insert(StoredStatement s, List<StoredLine> lines) {
        jdbc.execute("CREATE TEMPORARY TABLE statement_line_staging (line_no integer NOT NULL,"
                + " kind varchar(8) NOT NULL, participant_id uuid, outcome varchar(100) NOT NULL,"
                + " description varchar(1000) NOT NULL, quantity numeric(14,4), amount numeric(14,2),"
                + " pending_kind varchar(20), open_amount numeric(14,2)) ON COMMIT DROP");
        CopyInto.run(jdbc, "COPY statement_line_staging FROM STDIN", "the statement lines", copy -> {
            CopyText text = new CopyText(copy);
            for (StoredLine l : lines) {
                text.field(Integer.toString(l.lineNo()))
                        .field(l.kind())
                        .field(
                                l.participantId() == null
                                        ? null
                                        : l.participantId().toString())
                        .field(l.outcome())
                        .field(l.description())
                        .field(plain(l.quantity()))
                        .field(plain(l.amount()))
                        .field(l.pendingKind() == null ? null : l.pendingKind().name())
                        .last(plain(l.openAmount()));
            }
            text.flush();
            return null;
        });
        jdbc.update(
                "INSERT INTO statement_line (statement_id, line_no, tenant_id, kind, participant_id, outcome,"
                        + " description, quantity, amount, pending_kind, open_amount)"
                        + " SELECT ?, line_no, ?, kind, participant_id, outcome, description, quantity, amount,"
                        + " pending_kind, open_amount FROM statement_line_staging",
                s.id(),
                s.municipality());
        jdbc.execute("DROP TABLE statement_line_staging");
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
