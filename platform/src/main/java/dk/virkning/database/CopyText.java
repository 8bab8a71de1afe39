package dk.virkning.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows of PostgreSQL's COPY text format to a {@link CopyIn}, in chunks: fields separated by
 * tabs, rows by newlines, {@code null} as {@code \N}, and backslash, tab, newline and carriage return
 * inside a value escaped, so that any text arrives as it was.
 */
public final class CopyText {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private byte[] pending = new byte[CHUNK];
    private int length;

    public CopyText(CopyIn copy) {
        this.copy = copy;
    }

    /** Appends a field of the current row. */
    public CopyText field(String value) {
        append(value);
        row.append('\t');
        return this;
    }

    /** Appends the row's last field and ends the row. */
    public CopyText last(String value) throws SQLException {
        append(value);
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        row.setLength(0);
        if (length + bytes.length > pending.length) {
            flush();
            if (bytes.length > pending.length) {
                pending = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, pending, length, bytes.length);
        length += bytes.length;
        return this;
    }

    /** Sends what has been buffered. */
    public void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(pending, 0, length);
            length = 0;
        }
    }

    private void append(String value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
