package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Where references sit: line, column, paragraph, section, context, page. */
class TextLayoutTest {

    private static final String DRAFT = ReferenceFiles.seedDraft();
    private static final List<Reference> REFS = ReferenceExtractor.standard().extract(DRAFT).references();
    private static final TextLayout LAYOUT = TextLayout.of(DRAFT, TextLayout.Markup.MARKDOWN, null);

    private static Reference first(String symbol) {
        return REFS.stream().filter(r -> r.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    @Test
    void theSeedDraftsReferencesAreWhereTheDraftNumbersThem() {
        // docs/samples/draft.md: "#### I. Introducción" on line 20, paragraph 1 on line 22, paragraph 2 from line 24
        TextLayout.Where resolution = LAYOUT.where(first("A/RES/75/240").start(), first("A/RES/75/240").end());
        assertEquals(22, resolution.line());
        assertEquals("1", resolution.paragraph());
        assertEquals("I. Introducción", resolution.section());
        TextLayout.Where first = LAYOUT.where(first("A/77/275").start(), first("A/77/275").end());
        assertEquals(24, first.line());
        assertEquals("2", first.paragraph());
        // paragraph 2 goes on after three empty lines (a page break of the original): still paragraph 2
        TextLayout.Where second = LAYOUT.where(first("A/78/265").start(), first("A/78/265").end());
        assertEquals(28, second.line());
        assertEquals("2", second.paragraph());
        assertTrue(second.context().contains("se publicó como documento [A/78/265](#)"), second.context());
        Reference placeholder = first("A/AC.292/2024/CRP.X");
        TextLayout.Where p = LAYOUT.where(placeholder.start(), placeholder.end());
        assertEquals(82, p.line());
        assertEquals("20", p.paragraph());
        assertEquals("III. Aprobación del informe", p.section()); // "### **III. ...**": the emphasis dropped
        assertTrue(p.context().contains("A/AC.292/2024/CRP.X"), p.context());
        assertNull(p.page());
    }

    @Test
    void everyReferenceHasALineColumnAndAOneLineContextOfAboutEightyCharacters() {
        Map<Integer, Integer> lineStarts = new TreeMap<>();
        int line = 1;
        lineStarts.put(1, 0);
        for (int i = 0; i < DRAFT.length(); i++) {
            if (DRAFT.charAt(i) == '\n') {
                lineStarts.put(++line, i + 1);
            }
        }
        for (Reference r : REFS) {
            TextLayout.Where w = LAYOUT.where(r.start(), r.end());
            int start = lineStarts.get(w.line());
            assertTrue(start <= r.start(), r.toString());
            assertEquals(DRAFT.codePointCount(start, r.start()) + 1, w.column(), r.toString());
            assertTrue(w.context().indexOf('\n') < 0, w.context());
            assertTrue(w.context().length() <= r.text().length() + 2 * TextLayout.CONTEXT_SIDE + 2, w.context());
            assertTrue(w.context().contains(r.text().replaceAll("\\s+", " ")) || r.text().contains("\n"),
                    w.context());
        }
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String text = "intro\n\uD835\uDC00 A/78/265";
        int at = text.indexOf("A/78");
        TextLayout.Where w = TextLayout.of(text, TextLayout.Markup.PLAIN, null).where(at, at + 8);
        assertEquals(2, w.line());
        assertEquals(3, w.column()); // U+1D400 is one code point, two UTF-16 units
    }

    @Test
    void plainTextHeadingsAndParagraphWords() {
        String text = "II. Cuestiones de organización\nPárr. 12 El grupo vio A/78/265.\n13. Luego A/77/275.\n"
                + "2021. Not a paragraph: a year A/76/1.\n一、导言\n1. 见A/75/1。\nأولا - مقدمة\n1 - A/74/1\n";
        TextLayout layout = TextLayout.of(text, TextLayout.Markup.PLAIN, null);
        TextLayout.Where a = layout.where(text.indexOf("A/78/265"), text.indexOf("A/78/265") + 8);
        assertEquals("II. Cuestiones de organización", a.section());
        assertEquals("12", a.paragraph());
        assertEquals("13", layout.where(text.indexOf("A/77/275"), text.indexOf("A/77/275") + 8).paragraph());
        assertEquals("13", layout.where(text.indexOf("A/76/1"), text.indexOf("A/76/1") + 6).paragraph());
        TextLayout.Where zh = layout.where(text.indexOf("A/75/1"), text.indexOf("A/75/1") + 6);
        assertEquals("一、导言", zh.section());
        assertEquals("1", zh.paragraph());
        TextLayout.Where ar = layout.where(text.indexOf("A/74/1"), text.indexOf("A/74/1") + 6);
        assertEquals("أولا - مقدمة", ar.section());
        assertNull(ar.paragraph()); // "1 - " is not how a paragraph is numbered
    }

    @Test
    void htmlHeadingsAndNumberedParagraphs() {
        String html = "<h2>I. <em>Introducción</em> &amp; fin</h2>\n<p><strong>12.</strong> Véase A/78/265 y</p>"
                + "<p>texto A/77/275</p><h3>B. Otra</h3><p>A/76/1</p>";
        TextLayout layout = TextLayout.of(html, TextLayout.Markup.HTML, null);
        TextLayout.Where a = layout.where(html.indexOf("A/78/265"), html.indexOf("A/78/265") + 8);
        assertEquals("I. Introducción & fin", a.section());
        assertEquals("12", a.paragraph());
        assertEquals("12", layout.where(html.indexOf("A/77/275"), html.indexOf("A/77/275") + 8).paragraph());
        TextLayout.Where c = layout.where(html.indexOf("A/76/1"), html.indexOf("A/76/1") + 6);
        assertEquals("B. Otra", c.section());
        assertNull(c.paragraph());
    }

    @Test
    void pagesFromTheirStartOffsets() {
        String text = "page one A/78/265\fpage two A/77/275";
        int second = text.indexOf('\f') + 1;
        TextLayout layout = TextLayout.of(text, TextLayout.Markup.PLAIN, new int[]{0, second});
        assertEquals(1, layout.where(9, 17).page());
        assertEquals(2, layout.where(text.indexOf("A/77"), text.indexOf("A/77") + 8).page());
    }

    @Test
    void totalOnAnyOffsets() {
        TextLayout layout = TextLayout.of("", TextLayout.Markup.HTML, null);
        TextLayout.Where w = layout.where(-5, 99);
        assertEquals(1, w.line());
        assertEquals(1, w.column());
        assertEquals("", w.context());
        TextLayout.of("<h1", TextLayout.Markup.HTML, null).where(0, 3);
        TextLayout.of("#\n##\n# \n1.\n", TextLayout.Markup.MARKDOWN, null).where(2, 4);
    }
}
