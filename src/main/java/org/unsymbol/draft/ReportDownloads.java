package org.unsymbol.draft;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.unsymbol.symbolapi.FindingView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked draft's problems as a download: CSV (RFC 4180, one row per problem) or a printable HTML page. A draft is
 * hostile input: every cell of the CSV that a spreadsheet would read as a formula (starting with {@code = + - @},
 * tab or carriage return) is prefixed with an apostrophe, and every character of the page is escaped, its
 * Content-Security-Policy forbidding scripts besides. A problem is each error and warning of a reference, and the
 * note of one that has no finding (unknown, placeholder, language missing).
 */
final class ReportDownloads {

    static final List<String> HEADER = List.of("line", "start", "end", "text", "symbol", "status", "code", "message",
            "suggestion");
    /** The page's own policy: no script, no external anything; its style is inline. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private ReportDownloads() {
    }

    /** One problem: where, what, and the suggestion. */
    record Row(int line, int start, int end, String text, String symbol, String status, String code, String message,
               String suggestion) {
        List<String> cells() {
            return List.of(Integer.toString(line), Integer.toString(start), Integer.toString(end), text, symbol,
                    status, code, message, suggestion);
        }
    }

    static List<Row> rows(DraftReport report, String text) {
        List<Row> rows = new ArrayList<>();
        for (DraftReference r : report.references()) {
            int line = r.line(); // the report's own line (TextLayout), the one the API and the page show
            String suggestion = String.join(" | ", r.suggestions());
            List<FindingView> findings = new ArrayList<>(r.errors());
            findings.addAll(r.warnings());
            for (FindingView f : findings) {
                rows.add(new Row(line, r.start(), r.end(), r.text(), r.symbol(), r.status().wireName(), f.code(),
                        f.message(), suggestion));
            }
            if (findings.isEmpty() && r.note() != null) {
                String code = r.status() == DraftStatus.FOUND ? "LANGUAGE_MISSING"
                        : r.status().name();
                rows.add(new Row(line, r.start(), r.end(), r.text(), r.symbol(), r.status().wireName(), code,
                        r.note(), suggestion));
            }
        }
        return rows;
    }

    static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (Row row : rows) {
                printer.printRecord(row.cells().stream().map(ReportDownloads::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** A cell a spreadsheet will not run: one that could start a formula gets an apostrophe first (OWASP). */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    static String html(DraftReport report, List<Row> rows) {
        String lang = report.language() == null ? "und" : report.language();
        StringBuilder h = new StringBuilder(4096 + rows.size() * 256);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Draft references: problems</title><style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #999;padding:.3em;text-align:start;vertical-align:top}")
                .append("th{background:#eee}@media print{body{margin:0}tr{break-inside:avoid}}")
                .append("</style></head><body><h1>Draft references: problems</h1>");
        DraftSummary s = report.summary();
        h.append("<p>Language: ").append(Markup.escape(lang)).append(". References: ").append(s.references())
                .append(" (found ").append(s.found()).append(", unknown ").append(s.unknown()).append(", malformed ")
                .append(s.malformed()).append(", placeholder ").append(s.placeholder()).append("). Problems: ")
                .append(rows.size()).append(".</p>");
        if (report.truncated() != null) {
            h.append("<p>Only the first ").append(report.truncated().limit())
                    .append(" references were checked; checking stopped at offset ")
                    .append(report.truncated().stoppedAt()).append(".</p>");
        }
        h.append("<table><thead><tr>");
        for (String col : HEADER) {
            h.append("<th>").append(Markup.escape(col)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (Row row : rows) {
            h.append("<tr>");
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                // draft text and symbols in the draft's language and direction
                boolean draft = i == 3 || i == 4 || i == 8;
                h.append(draft ? "<td dir=\"auto\" lang=\"" + Markup.escape(lang) + "\">" : "<td>").append(Markup.escape(cells.get(i)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></body></html>\n").toString();
    }
}
