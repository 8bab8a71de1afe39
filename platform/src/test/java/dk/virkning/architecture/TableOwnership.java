package dk.virkning.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature owns which table, read from the changelogs ({@code <feature>.sql} creates the tables
 * and views its feature owns), and the check of one feature's Java source against it: a feature
 * names only its own tables, and reads another feature's data only through the views that feature
 * publishes (never writing them, never mapping them).
 */
final class TableOwnership {

    /** A table or view and the feature whose changelog creates it. */
    record Owned(String name, String owner, boolean view) {}

    /** A feature's source naming a table it does not own. */
    record Violation(String file, String table, String owner, String how) {
        @Override
        public String toString() {
            return file + " " + how + " " + table + ", which " + owner + " owns";
        }
    }

    private static final Pattern CREATES = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

    /**
     * A table in SQL position: after a keyword that names a relation. Keywords in capitals (as this
     * code base writes SQL) or lower case (JPQL); so English prose ("a participant from ...") is not read
     * as SQL unless it looks like a statement.
     */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(DELETE\\s+FROM|delete\\s+from|FROM|from|JOIN|join|INTO|into|UPDATE|update|COPY|TABLE|TRUNCATE|ANALYZE"
                    + "|VACUUM|REFERENCES)\\s+(?:ONLY\\s+)?\"?(\\w+)");

    private final Map<String, Owned> byName;

    private TableOwnership(Map<String, Owned> byName) {
        this.byName = byName;
    }

    /** Reads every {@code <feature>.sql} changelog in a directory; a name created twice is refused. */
    static TableOwnership fromChangelogs(Path directory) {
        Map<String, Owned> owned = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String feature = file.getFileName().toString().replace(".sql", "");
                String sql = Files.readString(file).replaceAll("--[^\n]*", "");
                Matcher m = CREATES.matcher(sql);
                while (m.find()) {
                    String name = m.group(2).toLowerCase(Locale.ROOT);
                    Owned earlier =
                            owned.put(name, new Owned(name, feature, m.group(1).equalsIgnoreCase("VIEW")));
                    if (earlier != null) {
                        throw new IllegalStateException(
                                name + " is created by " + earlier.owner() + ".sql and " + feature + ".sql");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TableOwnership(owned);
    }

    Map<String, Owned> owned() {
        return byName;
    }

    /** What one source file of {@code feature} names that it may not. */
    List<Violation> check(String feature, String file, String source) {
        JavaText text = JavaText.of(source);
        List<Violation> found = new ArrayList<>();
        for (String sql : text.texts()) {
            Matcher m = NAMED.matcher(sql);
            while (m.find()) {
                Owned table = byName.get(m.group(2).toLowerCase(Locale.ROOT));
                if (table == null || table.owner().equals(feature)) {
                    continue;
                }
                String keyword = m.group(1).toUpperCase(Locale.ROOT);
                boolean reads = keyword.equals("FROM") || keyword.equals("JOIN");
                if (!table.view()) {
                    found.add(new Violation(file, table.name(), table.owner(), reads ? "reads" : "writes"));
                } else if (!reads) {
                    found.add(new Violation(file, table.name(), table.owner(), "writes the published view"));
                }
            }
        }
        for (String mapped : text.mappedTables()) {
            Owned table = byName.get(mapped.toLowerCase(Locale.ROOT));
            if (table != null && !table.owner().equals(feature)) {
                found.add(new Violation(file, table.name(), table.owner(), "maps"));
            }
        }
        return found;
    }
}
