package dk.virkning.database;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** COPY text rows written by {@link CopyText} arrive in a real PostgreSQL exactly as they were sent. */
class CopyTextIT {

    @Test
    void anyTextAndNullArriveAsTheyWereAcrossChunks() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"1", "tab\there", "back\\slash \\N \\t"});
        rows.add(new String[] {"2", "line\nbreak\r\nand æøå ✓", null});
        rows.add(new String[] {"3", "", "\\"});
        String big = "x".repeat(70_000);
        rows.add(new String[] {"4", big, "after a row longer than a chunk"});
        for (int i = 5; i < 3000; i++) {
            rows.add(new String[] {Integer.toString(i), "row " + i + "\t" + "y".repeat(i % 50), "z"});
        }
        try (Connection c = TestDatabase.connectionAs("*")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE copy_text_probe (n integer, a text, b text) ON COMMIT DROP");
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY copy_text_probe FROM STDIN");
            CopyText text = new CopyText(copy);
            for (String[] r : rows) {
                text.field(r[0]).field(r[1]).last(r[2]);
            }
            text.flush();
            assertThat(copy.endCopy()).isEqualTo(rows.size());

            List<String[]> read = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT n, a, b FROM copy_text_probe ORDER BY n")) {
                while (rs.next()) {
                    read.add(new String[] {Integer.toString(rs.getInt(1)), rs.getString(2), rs.getString(3)});
                }
            }
            c.rollback();
            assertThat(read).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(read.get(i)).as("row " + i).isEqualTo(rows.get(i));
            }
            assertThat(Arrays.asList(read.get(1))).containsNull();
        }
    }
}
