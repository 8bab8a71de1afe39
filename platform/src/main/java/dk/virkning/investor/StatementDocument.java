package dk.virkning.investor;

import java.util.List;

/**
 * A statement laid out for download: a title, labelled facts and one table. The PDF and CSV
 * renderers only format what is here, so what reaches a reader is decided once, where the document
 * is built (for investors: from the aggregated statement only).
 *
 * @param fileName the download's file name without extension
 */
record StatementDocument(
        String title, String fileName, List<Fact> facts, List<String> columns, List<List<String>> rows, String note) {

    /** A labelled value of the statement. */
    record Fact(String label, String value) {}
}
