package dk.virkning.register;

import dk.virkning.participant.Participant;
import dk.virkning.participant.Pseudonym;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.shared.ProblemError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the long CSV format {@code cpr,week,code}, one row per person-week, and checks every row. A
 * file is either wholly valid or refused with the errors of every bad line.
 */
final class LongFormatParser {

    static final int MAX_REPORTED_ERRORS = 1000;

    private final Coverage coverage;
    private final StatusCodeMapping mapping;
    private final Function<String, Pseudonym> pseudonymise;
    private final Map<Pseudonym, Participant> participants;

    LongFormatParser(
            Coverage coverage,
            StatusCodeMapping mapping,
            Function<String, Pseudonym> pseudonymise,
            Map<Pseudonym, Participant> participants) {
        this.coverage = coverage;
        this.mapping = mapping;
        this.pseudonymise = pseudonymise;
        this.participants = participants;
    }

    /** The result of a parse: the rows when the file is valid, else the errors (and no rows). */
    record Result(List<ParsedRow> rows, List<ProblemError> errors, long dataLines) {}

    /** A line is either a row or an error. */
    private record Line(ParsedRow row, String error) {
        static Line error(String message) {
            return new Line(null, message);
        }
    }

    Result parse(String csv) {
        List<ParsedRow> rows = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long lineNo = 1;
        long dataLines = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String text = reader.readLine();
            if (text == null || !isHeader(text)) {
                return new Result(
                        List.of(), List.of(ProblemError.line(1, "the first line must be the header cpr,week,code")), 0);
            }
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                dataLines++;
                Line line = parseLine(text, lineNo, seen);
                if (line.row() != null) {
                    rows.add(line.row());
                } else if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(ProblemError.line(lineNo, line.error()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors, dataLines);
    }

    private Line parseLine(String text, long lineNo, Map<String, Long> seen) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            return Line.error("expected 3 fields (cpr,week,code), found " + fields.length);
        }
        String cpr = fields[0].trim();
        if (!Pseudonymizer.isCpr(cpr)) {
            return Line.error("the cpr field is not a CPR number");
        }
        IsoWeek week;
        try {
            week = IsoWeek.parse(fields[1]);
        } catch (IllegalArgumentException e) {
            return Line.error("the week '" + fields[1].trim() + "' is not an ISO week such as 2024-W05");
        }
        if (!coverage.contains(week)) {
            return Line.error(
                    "week " + week + " is outside the declared coverage " + coverage.from() + ".." + coverage.to());
        }
        Optional<WeeklyStatus> status = mapping.map(fields[2]);
        if (status.isEmpty()) {
            return Line.error("unknown code '" + fields[2].trim() + "'");
        }
        Participant participant = participants.get(pseudonymise.apply(cpr));
        if (participant == null) {
            return Line.error("the person is not a participant of this program");
        }
        Long earlier = seen.putIfAbsent(participant.id() + "/" + week, lineNo);
        if (earlier != null) {
            return Line.error("duplicate row: the same person and week as line " + earlier);
        }
        return new Line(new ParsedRow(participant.id(), week, status.get()), null);
    }

    private static boolean isHeader(String line) {
        return line.replace("\uFEFF", "").replace(" ", "").equalsIgnoreCase("cpr,week,code");
    }
}
