package dk.virkning.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Java source says to the database: its SQL texts (string literals and text blocks, with
 * literals joined by {@code +} read as one text, the operands between them as a space) and the table
 * names of its JPA mappings. Comments are not read.
 */
final class JavaText {

    /** Between two literals of one concatenation: {@code +}, or {@code + NAME +} (a constant, a variable). */
    private static final Pattern JOINED = Pattern.compile("\\s*\\+(\\s*[\\w.]+\\s*\\+)*\\s*");

    private static final Pattern TABLE_MAPPING = Pattern.compile(
            "@(?:jakarta\\.persistence\\.)?(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\([^)]*?\\bname\\s*=\\s*\"(\\w+)\"");
    private static final Pattern ENTITY =
            Pattern.compile("@(?:jakarta\\.persistence\\.)?Entity\\b(?:\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record)\\s+(\\w+)");

    private final String code;
    private final List<String> literals = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    private JavaText(String source) {
        StringBuilder codeOnly = new StringBuilder(source.length());
        StringBuilder gap = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                gap.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                literal(source.substring(i + 3, end), gap);
                codeOnly.append("\"\"");
                i = Math.min(source.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int end = quoteEnd(source, i, c);
                if (c == '"') {
                    literal(source.substring(i + 1, Math.max(i + 1, end - 1)), gap);
                    codeOnly.append(source, i, end);
                } else {
                    gap.append(source, i, end);
                    codeOnly.append(source, i, end);
                }
                i = end;
            } else {
                gap.append(c);
                codeOnly.append(c);
                i++;
            }
        }
        this.code = codeOnly.toString();
    }

    static JavaText of(String source) {
        return new JavaText(source);
    }

    /** The SQL-like texts: each string literal, with literals that one concatenation joins read as one. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        StringBuilder current = null;
        for (int n = 0; n < literals.size(); n++) {
            if (current != null && JOINED.matcher(gaps.get(n)).matches()) {
                current.append(' ').append(literals.get(n));
            } else {
                if (current != null) {
                    texts.add(current.toString());
                }
                current = new StringBuilder(literals.get(n));
            }
        }
        if (current != null) {
            texts.add(current.toString());
        }
        return texts;
    }

    /** The tables the source's JPA mappings name: {@code @Table} and the like, or an entity's default table. */
    List<String> mappedTables() {
        List<String> tables = new ArrayList<>();
        Matcher named = TABLE_MAPPING.matcher(code);
        while (named.find()) {
            tables.add(named.group(1));
        }
        Matcher entity = ENTITY.matcher(code);
        if (entity.find() && !code.matches("(?s).*@(?:jakarta\\.persistence\\.)?Table\\b.*")) {
            Matcher type = TYPE.matcher(code);
            String name = entity.group(1) != null ? entity.group(1) : type.find(entity.end()) ? type.group(1) : null;
            if (name != null) {
                tables.add(snakeCase(name));
            }
        }
        return tables;
    }

    private void literal(String text, StringBuilder gap) {
        literals.add(text);
        gaps.add(gap.toString());
        gap.setLength(0);
    }

    /** Hibernate's default physical name (Spring's naming strategy): OrderLine to order_line. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    private static int quoteEnd(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }
}
