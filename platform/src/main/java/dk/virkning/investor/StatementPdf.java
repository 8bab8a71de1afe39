package dk.virkning.investor;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a {@link StatementDocument} as PDF with OpenHTMLtoPDF: the document becomes a small XHTML
 * page with a print stylesheet, which the library lays out and writes with PDFBox. The built-in PDF
 * fonts cover Danish letters.
 */
final class StatementPdf {

    private static final String STYLE = "@page { size: A4 landscape; margin: 14mm; }"
            + " body { font-family: sans-serif; font-size: 9pt; }"
            + " h1 { font-size: 14pt; margin: 0 0 6pt 0; }"
            + " table { border-collapse: collapse; width: 100%; margin-top: 8pt; -fs-table-paginate: paginate; }"
            + " th, td { border: 0.5pt solid #999999; padding: 2pt 4pt; text-align: left; vertical-align: top; }"
            + " th { background: #eeeeee; }"
            + " table.facts td.label { width: 28%; font-weight: bold; }"
            + " td.num { text-align: right; }"
            + " p.note { margin-top: 8pt; color: #444444; }";

    private StatementPdf() {}

    static byte[] render(StatementDocument document, List<Integer> numericColumns) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da\"><head><meta charset=\"UTF-8\"/>");
        html.append("<title>").append(escape(document.title())).append("</title>");
        html.append("<style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(escape(document.title())).append("</h1>");
        html.append("<table class=\"facts\">");
        for (StatementDocument.Fact fact : document.facts()) {
            html.append("<tr><td class=\"label\">")
                    .append(escape(fact.label()))
                    .append("</td><td>")
                    .append(escape(fact.value()))
                    .append("</td></tr>");
        }
        html.append("</table><table><thead><tr>");
        for (String column : document.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : document.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(numericColumns.contains(i) ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(i)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (document.note() != null) {
            html.append("<p class=\"note\">").append(escape(document.note())).append("</p>");
        }
        html.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The statement could not be rendered as PDF", e);
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML; they never belong in a statement.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
