package dk.virkning.participant;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ReferralFacts;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant feature's published read of a program's enrolments for bulk work (imports and
 * settlements): plain rows, no entity per participant, not logged as a read of a person. Other
 * features read participants through this (or the published views {@code participant_published} and
 * {@code participant_order_published}), never from the {@code participant} table.
 */
@Component
public class Enrolments {

    /** The canonical enrolment order, which statement snapshots are canonical in. */
    static final String ENROLMENT_ORDER = "enrolled_at ASC, id ASC";

    private final JdbcTemplate jdbc;

    Enrolments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant as bulk work needs them. */
    public record Member(UUID id, String pseudonym, IsoWeek startWeek) {}

    /** A participant as a payment formula sees them. */
    public record Enrolled(UUID id, String targetGroup, IsoWeek startWeek, ReferralFacts referral) {}

    /** The program's participants, ordered by id. */
    public List<Member> members(ProgramId program) {
        return jdbc.query(
                "SELECT id, pseudonym, start_week FROM participant WHERE program_id = ? ORDER BY id",
                (rs, i) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        IsoWeek.of(rs.getDate(3).toLocalDate())),
                program.value());
    }

    /**
     * Streams the program's participants in enrolment order (the order of {@link Participants#allOf}
     * and of the ordinals in {@code participant_order_published}), one row at a time.
     */
    public void inEnrolmentOrder(ProgramId program, Consumer<Enrolled> each) {
        jdbc.query(
                "SELECT id, target_group, start_week, visitation_category, expected_longer_than_3m, health_unclear,"
                        + " social_problems, serious_illness, permanently_reduced_capacity, primary_barrier"
                        + " FROM participant WHERE program_id = ? ORDER BY " + ENROLMENT_ORDER,
                rs -> {
                    each.accept(new Enrolled(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            IsoWeek.of(rs.getDate(3).toLocalDate()),
                            new ReferralFacts(
                                    rs.getString(4),
                                    rs.getObject(5, Boolean.class),
                                    rs.getObject(6, Boolean.class),
                                    rs.getObject(7, Boolean.class),
                                    rs.getObject(8, Boolean.class),
                                    rs.getObject(9, Boolean.class),
                                    rs.getString(10))));
                },
                program.value());
    }
}
