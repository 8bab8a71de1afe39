package dk.virkning.settlement;

import dk.virkning.plugin.api.FormulaContext;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.ParticipantInput;
import dk.virkning.plugin.api.ReferralFacts;
import dk.virkning.plugin.api.SettlementPeriod;
import dk.virkning.plugin.api.Terms;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.program.Program;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gathers everything a formula may price, up to the period's horizon: weeks after it are unknown to
 * the formula even when already imported, so a statement depends only on its period and on what was
 * known when it ran.
 *
 * <p>Built for national cohorts (100,000 participants × 156 weeks): the weekly statuses arrive in one
 * streamed query (a cursor with a fetch size, so the driver never holds the result) as small
 * integers, and are kept as one byte per week per participant; there is no object per person-week.
 */
@Component
class SettlementInputs {

    /** Rows per round trip of the weekly status cursor. */
    static final int FETCH_SIZE = 20_000;

    /** The status code (ordinal) of a stored status, computed by PostgreSQL so that no string is read per row. */
    private static final String STATUS_CODE = "array_position('{"
            + Arrays.stream(WeeklyStatus.values()).map(Enum::name).collect(Collectors.joining(","))
            + "}'::text[], status::text) - 1";

    private final JdbcTemplate jdbc;

    SettlementInputs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One participant while the statuses stream in. */
    private static final class Slot {
        final String id;
        final String targetGroup;
        final IsoWeek startWeek;
        final long startDay;
        final byte[] codes;

        Slot(String id, String targetGroup, IsoWeek startWeek, int weeks) {
            this.id = id;
            this.targetGroup = targetGroup;
            this.startWeek = startWeek;
            this.startDay = startWeek.monday().toEpochDay();
            this.codes = new byte[weeks];
            Arrays.fill(codes, Timelines.UNKNOWN);
        }
    }

    FormulaContext build(Program program, Terms terms, SettlementPeriod period) {
        IsoWeek horizon = period.horizon();
        UUID programId = program.id().value();
        // The order of Participants.allOf (enrolment order), which the snapshot format is canonical in.
        List<Slot> started = new ArrayList<>();
        Map<UUID, Slot> byId = new HashMap<>();
        jdbc.query(
                "SELECT id, target_group, start_week FROM participant WHERE program_id = ?"
                        + " ORDER BY enrolled_at ASC, id ASC",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    IsoWeek start = IsoWeek.of(rs.getDate(3).toLocalDate());
                    long length = start.weeksUntil(horizon) + 1;
                    if (length > 0) {
                        Slot slot = new Slot(id.toString(), rs.getString(2), start, (int) length);
                        started.add(slot);
                        byId.put(id, slot);
                    }
                },
                programId);
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("SELECT participant_id, week - DATE '1970-01-01', "
                            + STATUS_CODE + " FROM weekly_status WHERE program_id = ? AND week <= ?");
                    ps.setFetchSize(FETCH_SIZE);
                    ps.setObject(1, programId);
                    ps.setDate(2, Date.valueOf(horizon.monday()));
                    return ps;
                },
                rs -> {
                    Slot slot = byId.get(rs.getObject(1, UUID.class));
                    if (slot != null) {
                        long k = (rs.getLong(2) - slot.startDay) / 7;
                        int code = rs.getInt(3);
                        if (rs.wasNull()) {
                            throw new IllegalStateException("weekly_status holds a status that is not canonical");
                        }
                        if (k >= 0 && k < slot.codes.length) {
                            slot.codes[(int) k] = (byte) code;
                        }
                    }
                });
        List<ParticipantInput> inputs = new ArrayList<>(started.size());
        for (Slot s : started) {
            // Trailing unknown weeks carry no information; dropping them keeps the snapshot canonical.
            inputs.add(new ParticipantInput(
                    s.id,
                    s.targetGroup,
                    s.startWeek,
                    ReferralFacts.none(),
                    List.of(),
                    List.of(),
                    Timelines.of(s.codes, s.codes.length)));
        }
        return new FormulaContext(program.id().toString(), terms, period, inputs);
    }
}
