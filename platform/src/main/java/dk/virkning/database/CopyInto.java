package dk.virkning.database;

import java.io.IOException;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code COPY ... FROM STDIN} on the current transaction's connection: the rows are written by
 * the caller, the COPY ends when they are all written and is cancelled (nothing arrives) when writing
 * them fails.
 */
public final class CopyInto {

    /** Writes the rows of one COPY. */
    @FunctionalInterface
    public interface Rows<T> {
        T write(CopyIn copy) throws SQLException, IOException;
    }

    private CopyInto() {}

    /**
     * @param copy the {@code COPY ... FROM STDIN} statement (typed values only: it takes no parameters)
     * @param what what is copied, for the error
     * @return what {@code rows} returned
     */
    public static <T> T run(JdbcTemplate jdbc, String copy, String what, Rows<T> rows) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                T result = rows.write(in);
                in.endCopy();
                return result;
            } catch (IOException | SQLException | RuntimeException e) {
                if (in.isActive()) {
                    in.cancelCopy();
                }
                throw new SQLException("COPY of " + what + " failed", e);
            }
        });
    }
}
