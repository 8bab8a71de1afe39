package dk.virkning.casework;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.Measurement;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** WHO-5 well-being measurements: at referral (the baseline, once) and later. */
@Service
public class Wellbeing {

    private final Participants participants;
    private final ParticipantEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Wellbeing(Participants participants, ParticipantEvents events, JdbcTemplate jdbc, Clock clock) {
        this.participants = participants;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Measured record(
            CurrentUser user,
            ProgramId program,
            ParticipantId id,
            LocalDate takenOn,
            List<Integer> items,
            boolean atReferral) {
        Who5 who5 = new Who5(items);
        Participant participant =
                participants.forWork(user, program, id, "WHO-5").participant();
        return record(participant, takenOn, who5, atReferral, user.subject());
    }

    Measured record(Participant participant, LocalDate takenOn, Who5 who5, boolean atReferral, String actor) {
        LocalDate earliest = participant.referral().referredOn() == null
                ? participant.startDay()
                : participant.referral().referredOn();
        DateRules.requireBetween(takenOn, earliest, LocalDate.now(clock), "takenOn");
        if (atReferral) {
            Integer baselines = jdbc.queryForObject(
                    "SELECT count(*) FROM who5_measurement WHERE participant_id = ? AND at_referral",
                    Integer.class,
                    participant.id().value());
            if (baselines != null && baselines > 0) {
                throw ProblemException.conflict("The participant has a WHO-5 baseline from the referral already");
            }
        }
        Measured m = new Measured(UUID.randomUUID(), takenOn, who5, atReferral, actor);
        jdbc.update(
                "INSERT INTO who5_measurement (id, tenant_id, participant_id, taken_on, items, raw, at_referral,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?::smallint[], ?, ?, ?, ?)",
                m.id(),
                TenantContext.municipality().orElseThrow(),
                participant.id().value(),
                Date.valueOf(takenOn),
                "{"
                        + String.join(
                                ",", who5.items().stream().map(String::valueOf).toList()) + "}",
                who5.raw(),
                atReferral,
                actor,
                Timestamp.from(clock.instant()));
        events.record(
                participant,
                "WHO5_RECORDED",
                takenOn,
                "score " + who5.score() + (atReferral ? " (baseline)" : ""),
                actor);
        return m;
    }

    @Transactional
    List<Measured> list(CurrentUser user, ProgramId program, ParticipantId id) {
        participants.read(user, program, id, "WHO-5");
        return jdbc.query(
                SELECT + " WHERE participant_id = ? ORDER BY taken_on, recorded_at", Wellbeing::map, id.value());
    }

    /**
     * The measurements of every participant of a program taken by {@code lastDay}, in date order, as a
     * formula or goal evaluator sees them.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Measurement>> forFormula(UUID program, LocalDate lastDay) {
        Map<UUID, List<Measurement>> all = new HashMap<>();
        jdbc.query(
                "SELECT m.participant_id, m.taken_on, m.raw, m.at_referral FROM who5_measurement m"
                        + " JOIN participant_published p ON p.id = m.participant_id WHERE p.program_id = ? AND m.taken_on <= ?"
                        + " ORDER BY m.participant_id, m.taken_on, m.at_referral DESC, m.recorded_at",
                rs -> {
                    all.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Measurement(
                                    "WHO5", rs.getDate(2).toLocalDate(), rs.getInt(3) * 4, rs.getBoolean(4)));
                },
                program,
                Date.valueOf(lastDay));
        return all;
    }

    private static final String SELECT = "SELECT id, taken_on, items, at_referral, recorded_by FROM who5_measurement";

    private static Measured map(ResultSet rs, int i) throws SQLException {
        Short[] items = (Short[]) rs.getArray(3).getArray();
        return new Measured(
                rs.getObject(1, UUID.class),
                rs.getDate(2).toLocalDate(),
                new Who5(Arrays.stream(items).map(Short::intValue).toList()),
                rs.getBoolean(4),
                rs.getString(5));
    }

    /** A recorded measurement. */
    record Measured(UUID id, LocalDate takenOn, Who5 who5, boolean atReferral, String recordedBy) {}
}
