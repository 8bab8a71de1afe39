package dk.virkning.casework;

// A fixture of TableOwnershipTest, never compiled: casework code that uses other features' tables.
class ReadsAnotherFeaturesTables {

    private static final String COLUMNS = "id, program_id";

    void breaksTheRule(JdbcTemplate jdbc, String programId) {
        // reads participant and program (another feature's tables, not their published views)
        jdbc.query("SELECT f.id FROM follow_up f JOIN participant p ON p.id = f.participant_id"
                + " JOIN program g ON g.id = p.program_id", rs -> {});
        // reads weekly_status, the table name in a literal after a concatenated constant
        jdbc.execute("COPY (SELECT " + COLUMNS + " FROM"
                + " weekly_status WHERE program_id = '" + programId + "') TO STDOUT");
        // writes statement_line
        jdbc.update("DELETE FROM statement_line WHERE statement_id = ?", programId);
        // writes participant_event, in a text block
        jdbc.update("""
                INSERT INTO participant_event (id, type)
                VALUES (?, ?)
                """, programId, "X");
        // writes through a published view: views are for reading
        jdbc.update("UPDATE participant_published SET status = 'EXITED' WHERE id = ?", programId);
        // reads municipality, in lower case as JPQL would
        jdbc.query("select m.id from municipality m", rs -> {});
    }
}
