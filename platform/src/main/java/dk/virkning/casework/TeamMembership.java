package dk.virkning.casework;

import dk.virkning.participant.TeamDirectory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers whose teams a staff member is on, for the participant list's filter. */
@Component
class TeamMembership implements TeamDirectory {

    private final JdbcTemplate jdbc;

    TeamMembership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> participantsWith(UUID program, String member, LocalDate day) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT t.participant_id FROM team_assignment t JOIN participant_published p ON p.id = t.participant_id"
                        + " WHERE p.program_id = ? AND t.member = ? AND t.from_on <= ?"
                        + " AND (t.to_on IS NULL OR t.to_on >= ?)",
                UUID.class,
                program,
                member,
                Date.valueOf(day),
                Date.valueOf(day)));
    }
}
