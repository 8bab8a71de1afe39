package dk.virkning.investor;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV with OpenCSV: comma-separated, every field quoted (quotes doubled inside), CRLF line
 * ends, a header row; sent as UTF-8 without a byte order mark. Amounts keep '.' as the decimal
 * separator, as in the JSON API, so that the file reads the same in every locale.
 */
final class StatementCsv {

    private StatementCsv() {}

    static String render(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = new CSVWriterBuilder(out)
                .withSeparator(',')
                // RFC 4180 escapes a quote inside a field by doubling it: the escape character is the quote.
                .withQuoteChar('"')
                .withEscapeChar(ICSVWriter.DEFAULT_ESCAPE_CHARACTER)
                .withLineEnd("\r\n")
                .build()) {
            csv.writeNext(header.toArray(String[]::new), true);
            for (List<String> row : rows) {
                csv.writeNext(row.stream().map(v -> v == null ? "" : v).toArray(String[]::new), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
