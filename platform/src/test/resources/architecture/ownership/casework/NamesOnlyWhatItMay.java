package dk.virkning.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

// A fixture of TableOwnershipTest, never compiled: casework code that keeps to the rule.
// A comment may say SELECT * FROM participant, weekly_status or program: comments are not SQL.
@Entity
@Table(name = "follow_up")
class NamesOnlyWhatItMay {

    void keepsToTheRule(JdbcTemplate jdbc, AuditLog audit, String programId) {
        // its own tables, and other features' published views to read
        jdbc.query("SELECT f.id FROM follow_up f JOIN participant_published p ON p.id = f.participant_id"
                + " JOIN program_published g ON g.id = p.program_id WHERE g.id = ?", rs -> {}, programId);
        jdbc.update("INSERT INTO activity (id) VALUES (?)", programId);
        // a temporary table of its own whose name begins with another feature's table name
        jdbc.execute("CREATE TEMP TABLE weekly_status_staging (week date) ON COMMIT DROP");
        // prose and the audit's resource types are not SQL
        audit.record("UPDATE", "participant", programId);
        throw new IllegalStateException("the person is not a participant of this program from 2024");
    }
}
