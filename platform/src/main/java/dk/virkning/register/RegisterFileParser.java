package dk.virkning.register;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a register file in one pass, line by line, and checks every row: long format
 * ({@code cpr,week,code}) or wide format (a person column, then {@code y_YYWW} week columns, an empty
 * cell meaning no benefit). The file lists the persons it covers: in the wide format every row's
 * person, in the long format every person with a row; a long row with an empty week and an empty
 * code ({@code 0101901111,,}) lists a person without giving a week, for files that leave
 * self-supporting persons out. The statuses go into a {@link StatusMatrix}; the bad rows into
 * {@link BadRows}. Nothing here allocates per row on the happy path, so a national file costs the
 * memory of one line plus the matrix.
 */
final class RegisterFileParser {

    /** What a file held: its format, its data lines, the statuses it gives and its bad rows. */
    record Result(RegisterFormat format, long dataLines, StatusMatrix matrix, BadRows badRows) {}

    private static final String LONG_HEADER = "the first line must be the header cpr,week,code";
    private static final String WIDE_HEADER =
            "the first line must be a wide header: the person column (e.g. cpr), then week columns y_YYWW";

    private final CoverageWeeks weeks;
    private final CodeTable codes;
    private final PersonLookup persons;
    private final RegisterFormat requested;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fieldCount;
    private char delimiter = ',';

    private String[] columns;
    private int[] columnWeeks;
    private long[] personLine;
    private long[] listLine;

    /**
     * @param requested the format the caller names, or {@code null} to detect it from the header
     */
    RegisterFileParser(CoverageWeeks weeks, CodeTable codes, PersonLookup persons, RegisterFormat requested) {
        this.weeks = weeks;
        this.codes = codes;
        this.persons = persons;
        this.requested = requested;
    }

    Result parse(InputStream in) throws IOException {
        LineReader reader = new LineReader(in);
        BadRows bad = new BadRows();
        StatusMatrix matrix = new StatusMatrix(persons.persons(), weeks.weeks());
        if (!reader.next()) {
            bad.add(1, null, "the file is empty; " + headerHint());
            return new Result(requested, 0, matrix, bad);
        }
        if (reader.error() != null) {
            bad.add(1, null, reader.error());
            return new Result(requested, 0, matrix, bad);
        }
        RegisterFormat format = header(reader.chars(), reader.length(), bad);
        if (format == null || !bad.isEmpty()) {
            return new Result(format, 0, matrix, bad);
        }
        long dataLines = 0;
        listLine = new long[persons.persons()];
        while (reader.next()) {
            long line = reader.lineNumber();
            if (reader.error() != null) {
                dataLines++;
                bad.add(line, null, reader.error());
                continue;
            }
            char[] c = reader.chars();
            if (blank(c, reader.length())) {
                continue;
            }
            dataLines++;
            split(c, reader.length());
            if (format == RegisterFormat.LONG) {
                longRow(c, line, matrix, bad);
            } else {
                wideRow(c, line, matrix, bad);
            }
        }
        return new Result(format, dataLines, matrix, bad);
    }

    private String headerHint() {
        if (requested == RegisterFormat.LONG) {
            return LONG_HEADER;
        }
        if (requested == RegisterFormat.WIDE) {
            return WIDE_HEADER;
        }
        return "the first line must be a header: cpr,week,code (long format) or cpr,y_YYWW,... (wide format)";
    }

    private RegisterFormat header(char[] c, int length, BadRows bad) {
        delimiter = ',';
        for (int i = 0; i < length; i++) {
            if (c[i] == ',') {
                break;
            }
            if (c[i] == ';') {
                delimiter = ';';
                break;
            }
        }
        split(c, length);
        String[] names = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            names[i] = new String(c, starts[i], ends[i] - starts[i]);
        }
        boolean isLong = names.length == 3
                && names[0].equalsIgnoreCase("cpr")
                && names[1].equalsIgnoreCase("week")
                && names[2].equalsIgnoreCase("code");
        boolean isWide = names.length >= 2
                && !names[0].isEmpty()
                && names[1].toLowerCase(Locale.ROOT).startsWith("y_");
        RegisterFormat format = isLong ? RegisterFormat.LONG : isWide ? RegisterFormat.WIDE : null;
        if (format == null || (requested != null && requested != format)) {
            bad.add(1, null, headerHint());
            return null;
        }
        if (format == RegisterFormat.WIDE) {
            wideHeader(c, names, bad);
        }
        return format;
    }

    private void wideHeader(char[] c, String[] names, BadRows bad) {
        columns = names;
        columnWeeks = new int[names.length];
        boolean[] seen = new boolean[weeks.weeks()];
        for (int j = 1; j < names.length; j++) {
            int index = weeks.parseColumn(c, starts[j], ends[j]);
            columnWeeks[j] = index;
            if (index == CoverageWeeks.MALFORMED) {
                bad.add(1, names[j], "column '" + names[j] + "' is not a week column such as y_2201");
            } else if (index == CoverageWeeks.NO_SUCH_WEEK) {
                bad.add(
                        1,
                        names[j],
                        "column " + names[j] + " names week " + weeks.lastWeek() + ", which does not exist");
            } else if (index == CoverageWeeks.OUTSIDE) {
                bad.add(
                        1,
                        names[j],
                        "week column " + names[j] + " (" + weeks.lastWeek() + ") is outside the declared coverage "
                                + coverageText());
            } else if (seen[index]) {
                bad.add(1, names[j], "week column " + names[j] + " appears twice");
            } else {
                seen[index] = true;
            }
        }
        personLine = new long[persons.persons()];
    }

    private void longRow(char[] c, long line, StatusMatrix matrix, BadRows bad) {
        if (fieldCount != 3) {
            bad.add(line, null, "expected 3 fields (cpr,week,code), found " + fieldCount);
            return;
        }
        int person = persons.find(c, starts[0], ends[0]);
        if (person == PersonLookup.NOT_A_CPR) {
            bad.add(line, "cpr", "the cpr field is not a CPR number");
            return;
        }
        if (starts[1] == ends[1]) {
            coveredPersonRow(c, line, person, matrix, bad);
            return;
        }
        int week = weeks.parseIso(c, starts[1], ends[1]);
        if (week == CoverageWeeks.MALFORMED) {
            bad.add(line, "week", "the week '" + text(c, 1) + "' is not an ISO week such as 2024-W05");
            return;
        }
        if (week == CoverageWeeks.NO_SUCH_WEEK) {
            bad.add(line, "week", "the week '" + text(c, 1) + "' does not exist");
            return;
        }
        if (week == CoverageWeeks.OUTSIDE) {
            bad.add(line, "week", "week " + weeks.lastWeek() + " is outside the declared coverage " + coverageText());
            return;
        }
        byte code = codes.lookup(c, starts[2], ends[2]);
        if (code == CodeTable.UNKNOWN_CODE) {
            bad.add(line, "code", "unknown code '" + text(c, 2) + "'");
            return;
        }
        if (person == PersonLookup.NOT_A_PARTICIPANT) {
            bad.add(line, "cpr", "the person is not a participant of this program");
            return;
        }
        if (!matrix.set(person, week, code)) {
            bad.add(
                    line,
                    "week",
                    "duplicate row: the same person and week " + weeks.lastWeek() + " as an earlier line");
        }
        matrix.list(person);
    }

    /** A long row without a week: the person is covered, every week without a row self-supporting. */
    private void coveredPersonRow(char[] c, long line, int person, StatusMatrix matrix, BadRows bad) {
        if (starts[2] != ends[2]) {
            bad.add(
                    line,
                    "week",
                    "a row without a week lists a covered person and must have an empty code, found '" + text(c, 2)
                            + "'");
        } else if (person == PersonLookup.NOT_A_PARTICIPANT) {
            bad.add(line, "cpr", "the covered person is not a participant of this program");
        } else if (listLine[person] != 0) {
            bad.add(line, "cpr", "duplicate row: the same covered person as line " + listLine[person]);
        } else {
            listLine[person] = line;
            matrix.list(person);
        }
    }

    private void wideRow(char[] c, long line, StatusMatrix matrix, BadRows bad) {
        if (fieldCount != columns.length) {
            bad.add(line, null, "expected " + columns.length + " fields as in the header, found " + fieldCount);
            return;
        }
        int person = persons.find(c, starts[0], ends[0]);
        if (person == PersonLookup.NOT_A_CPR) {
            bad.add(line, columns[0], "the person field is not a CPR number");
        } else if (person == PersonLookup.NOT_A_PARTICIPANT) {
            bad.add(line, columns[0], "the person is not a participant of this program");
        } else if (personLine[person] != 0) {
            bad.add(line, columns[0], "duplicate row: the same person as line " + personLine[person]);
            person = PersonLookup.NOT_A_PARTICIPANT;
        } else {
            personLine[person] = line;
            matrix.list(person);
        }
        for (int j = 1; j < fieldCount; j++) {
            byte code = codes.lookup(c, starts[j], ends[j]);
            if (code == CodeTable.UNKNOWN_CODE) {
                bad.add(line, columns[j], "unknown code '" + text(c, j) + "' in column " + columns[j]);
            } else if (person >= 0) {
                matrix.set(person, columnWeeks[j], code);
            }
        }
    }

    private String coverageText() {
        return weeks.coverage().from() + ".." + weeks.coverage().to();
    }

    private String text(char[] c, int field) {
        return new String(c, starts[field], ends[field] - starts[field]);
    }

    /** Splits a line at the delimiter into trimmed fields (spaces and one pair of double quotes). */
    private void split(char[] c, int length) {
        fieldCount = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || c[i] == delimiter) {
                addField(c, start, i);
                start = i + 1;
            }
        }
    }

    private void addField(char[] c, int from, int to) {
        while (from < to && (c[from] == ' ' || c[from] == '\t')) {
            from++;
        }
        while (to > from && (c[to - 1] == ' ' || c[to - 1] == '\t')) {
            to--;
        }
        if (to - from >= 2 && c[from] == '"' && c[to - 1] == '"') {
            from++;
            to--;
        }
        if (fieldCount == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fieldCount * 2);
            ends = java.util.Arrays.copyOf(ends, fieldCount * 2);
        }
        starts[fieldCount] = from;
        ends[fieldCount] = to;
        fieldCount++;
    }

    private static boolean blank(char[] c, int length) {
        for (int i = 0; i < length; i++) {
            if (c[i] != ' ' && c[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
