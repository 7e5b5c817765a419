package org.unsymbol.draft;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.unsymbol.symbolapi.FindingView;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report downloads on hostile values: formula cells defused, HTML escaped, lines counted. */
class ReportDownloadsTest {

    private static DraftReference ref(String text, int start, int line, String symbol, DraftStatus status,
                                      String note, List<FindingView> warnings, List<String> suggestions) {
        return new DraftReference(text, start, start + text.length(), line, 1, null, null, text, null, symbol,
                "document", "written", status, false, List.of(), warnings, suggestions, List.of(), null, null, null,
                null, null, note);
    }

    private static DraftReport report(List<DraftReference> refs) {
        DraftSummary s = new DraftSummary(refs.size(), 0, 0, 0, 0, 0, 0);
        return new DraftReport(s, s, "ar", refs, null);
    }

    @Test
    void formulaCellsArePrefixedAndEveryRowParsesBack() throws IOException {
        String text = "line one\n=cmd|' /C calc'!A0 x\n+SUM(1) @x -2";
        List<DraftReference> refs = List.of(
                ref("=cmd|' /C calc'!A0", 9, 2, "@SUM(A1)", DraftStatus.MALFORMED, null,
                        List.of(new FindingView("X", "WARNING", "-1+1", 9, 10)), List.of("=A/78/265", "+B")),
                ref("+SUM(1)", 31, 3, "S/1", DraftStatus.PLACEHOLDER, "\tnote", List.of(), List.of()),
                ref("A/78/265", 0, 1, "A/78/265", DraftStatus.FOUND, null, List.of(), List.of()));
        List<ReportDownloads.Row> rows = ReportDownloads.rows(report(refs), text);
        assertEquals(2, rows.size(), "a found reference with no finding and no note is no problem");
        String csv = ReportDownloads.csv(rows);
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180).getRecords();
        assertEquals(ReportDownloads.HEADER, records.get(0).toList());
        List<String> first = records.get(1).toList();
        assertEquals(List.of("2", "9", "27", "'=cmd|' /C calc'!A0", "'@SUM(A1)", "malformed", "X", "'-1+1",
                "'=A/78/265 | +B"), first);
        List<String> second = records.get(2).toList();
        assertEquals("3", second.get(0), "line 3");
        assertEquals("'+SUM(1)", second.get(3));
        assertEquals("PLACEHOLDER", second.get(6));
        assertEquals("'\tnote", second.get(7));
        for (CSVRecord r : records) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a live formula: " + cell);
            }
        }
    }

    @Test
    void thePageEscapesEverything() {
        List<DraftReference> refs = List.of(ref("<script>alert('x')</script>", 0, 1, "\"><img src=x onerror=alert(1)>",
                DraftStatus.UNKNOWN, "<b>&amp;</b>", List.of(), List.of()));
        String page = ReportDownloads.html(report(refs), ReportDownloads.rows(report(refs), "<script>"));
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<b>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"), page);
        assertTrue(page.contains("dir=\"auto\" lang=\"ar\""), "draft text in its language and direction");
        assertTrue(ReportDownloads.PAGE_POLICY.contains("default-src 'none'"));
    }
}
