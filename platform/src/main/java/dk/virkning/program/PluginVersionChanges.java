package dk.virkning.program;

import dk.virkning.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of programs moved between plugin versions. */
@Component
class PluginVersionChanges {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PluginVersionChanges(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    void record(Program program, String from, String to, String reason, String actor) {
        jdbc.update(
                "INSERT INTO program_plugin_change (tenant_id, program_id, from_version, to_version, reason,"
                        + " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                program.municipality(),
                program.id().value(),
                from,
                to,
                reason,
                Timestamp.from(clock.instant()),
                actor);
        audit.record(
                actor, "MOVE_PLUGIN_VERSION", "program", program.id().toString(), from + " -> " + to + ": " + reason);
    }
}
