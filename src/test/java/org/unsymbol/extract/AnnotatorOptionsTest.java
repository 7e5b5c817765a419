package org.unsymbol.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain text kept plain, problem marks in HTML and footnotes in Markdown, existing links found and replaced. */
class AnnotatorOptionsTest {

    private static final Annotator.Options MARK = new Annotator.Options(Annotator.MarkStyle.MARK, false);
    private static final Annotator.Options ON_LINK = new Annotator.Options(Annotator.MarkStyle.LINK, false);
    private static final Annotator.Options FOOTNOTES = new Annotator.Options(Annotator.MarkStyle.NONE, true);

    private static Annotator.Link link(String text, String ref, String url) {
        int at = text.indexOf(ref);
        return new Annotator.Link(at, at + ref.length(), url);
    }

    private static Annotator.Mark mark(String text, String ref, String kind, String message) {
        int at = text.indexOf(ref);
        return new Annotator.Mark(at, at + ref.length(), kind, message);
    }

    @Test
    void plainTextStaysPlainWithTheUrlInAngleBracketsAfterTheSymbol() {
        String text = "Véase el documento A/78/265 y la resolución 75/240 (A/AC.292/2024/CRP.X).";
        String out = Annotator.annotate(text, List.of(link(text, "A/78/265", "https://undocs.org/es/A/78/265"),
                link(text, "75/240", "https://undocs.org/es/A/RES/75/240")), List.of(), Annotator.Mode.TEXT,
                Annotator.Options.NONE);
        assertEquals("Véase el documento A/78/265 <https://undocs.org/es/A/78/265> y la resolución 75/240 "
                + "<https://undocs.org/es/A/RES/75/240> (A/AC.292/2024/CRP.X).", out);
        assertEquals(text, out.replaceAll(" <https://[^>]*>", ""), "removing the inserted ' <url>' gives the input");
        assertFalse(out.contains("]("), "no Markdown in plain text");
    }

    @Test
    void aUrlWithAnglesOrSpacesCannotBreakOutOfItsBrackets() {
        String text = "A/78/265";
        String out = Annotator.annotate(text, List.of(new Annotator.Link(0, 8, "https://x.invalid/a b<c>d")),
                List.of(), Annotator.Mode.TEXT, Annotator.Options.NONE);
        assertEquals("A/78/265 <https://x.invalid/a%20b%3Cc%3Ed>", out);
    }

    @Test
    void htmlMarksAProblemWithAClassAndAnEscapedTitle() {
        String html = "<p>Véase A/AC.292/2024/CRP.X y A/78/265.</p>";
        Annotator.Mark m = mark(html, "A/AC.292/2024/CRP.X", "placeholder",
                "A drafting placeholder: <script>alert(\"x\")</script> & more");
        String out = Annotator.annotate(html, List.of(link(html, "A/78/265", "http://h/r/es/A/78/265")),
                List.of(m), Annotator.Mode.HTML, MARK);
        assertTrue(out.contains("<mark class=\"unsymbol-problem unsymbol-placeholder\" title=\"A drafting "
                + "placeholder: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more\">A/AC.292/2024/CRP.X"
                + "</mark>"), out);
        assertFalse(out.contains("<script>"), out);
        assertTrue(out.contains("<a href=\"http://h/r/es/A/78/265\">A/78/265</a>"), out);
        String none = Annotator.annotate(html, List.of(), List.of(m), Annotator.Mode.HTML, Annotator.Options.NONE);
        assertEquals(html, none, "marks=none shows nothing");
    }

    @Test
    void htmlMarkOnTheLinkWhenThereIsOneAndNestedCorrectlyWhenMarked() {
        String html = "<p>A/AC.999/2024/1 y A/78/BAD.</p>";
        Annotator.Link l = link(html, "A/AC.999/2024/1", "http://h/r/A/AC.999/2024/1");
        Annotator.Mark unknown = mark(html, "A/AC.999/2024/1", "unknown", "Not in the catalogue.");
        Annotator.Mark bad = mark(html, "A/78/BAD", "malformed", "Not a valid document symbol.");
        String onLink = Annotator.annotate(html, List.of(l), List.of(unknown, bad), Annotator.Mode.HTML, ON_LINK);
        assertTrue(onLink.contains("<a href=\"http://h/r/A/AC.999/2024/1\" class=\"unsymbol-problem unsymbol-unknown\""
                + " title=\"Not in the catalogue.\">A/AC.999/2024/1</a>"), onLink);
        assertTrue(onLink.contains("<mark class=\"unsymbol-problem unsymbol-malformed\" title=\"Not a valid document "
                + "symbol.\">A/78/BAD</mark>"), "no link: a <mark> instead: " + onLink);
        String marked = Annotator.annotate(html, List.of(l), List.of(unknown), Annotator.Mode.HTML, MARK);
        assertTrue(marked.contains("<mark class=\"unsymbol-problem unsymbol-unknown\" title=\"Not in the catalogue.\">"
                + "<a href=\"http://h/r/A/AC.999/2024/1\">A/AC.999/2024/1</a></mark>"), marked);
    }

    @Test
    void markdownFootnotesAfterTheReferenceAndItsLinkTheNotesAtTheEnd() {
        String md = "Véase [A/78/265](#) y A/AC.292/2024/CRP.X y `A/78/BAD`.";
        Annotator.Mark ph = mark(md, "A/AC.292/2024/CRP.X", "placeholder", "A *drafting* placeholder [x].");
        Annotator.Mark inLink = mark(md, "A/78/265", "link-foreign-host", "Foreign.");
        Annotator.Mark inCode = mark(md, "A/78/BAD", "malformed", "In code: not shown.");
        String out = Annotator.annotate(md, List.of(link(md, "A/78/265", "http://h/r/es/A/78/265")),
                List.of(inLink, ph, inCode), Annotator.Mode.MARKDOWN, FOOTNOTES);
        assertEquals("Véase [A/78/265](http://h/r/es/A/78/265)[^unsymbol-1] y A/AC.292/2024/CRP.X[^unsymbol-2] y "
                + "`A/78/BAD`.\n\n[^unsymbol-1]: Foreign.\n[^unsymbol-2]: A \\*drafting\\* placeholder \\[x\\].\n", out);
        String left = Annotator.annotate(md, List.of(), List.of(ph), Annotator.Mode.MARKDOWN, Annotator.Options.NONE);
        assertEquals(md, left, "problems left out unless asked");
    }

    @Test
    void existingLinksAreFoundAndReplacedOnlyWhenAsked() {
        String md = "Ver [A/78/265](https://undocs.org/A/78/266) y [nota](https://example.org).";
        List<Annotator.ExistingLink> links = Annotator.existingLinks(md, Annotator.Mode.MARKDOWN);
        assertEquals(2, links.size());
        assertEquals("https://undocs.org/A/78/266", links.get(0).target());
        assertEquals("A/78/265", md.substring(links.get(0).textStart(), links.get(0).textEnd()));
        int at = md.indexOf("A/78/265");
        String kept = Annotator.annotate(md, List.of(new Annotator.Link(at, at + 8, "http://h/r/A/78/265")),
                Annotator.Mode.MARKDOWN);
        assertEquals(md, kept, "a link with a target is not replaced unless asked");
        String fixed = Annotator.annotate(md, List.of(new Annotator.Link(at, at + 8, "http://h/r/A/78/265", true)),
                List.of(), Annotator.Mode.MARKDOWN, Annotator.Options.NONE);
        assertEquals(md.replace("https://undocs.org/A/78/266", "http://h/r/A/78/265"), fixed);

        String html = "<p><a href=\"https://evil.example/?a=1&amp;b=2\">A/78/265</a></p>";
        List<Annotator.ExistingLink> anchors = Annotator.existingLinks(html, Annotator.Mode.HTML);
        assertEquals("https://evil.example/?a=1&b=2", anchors.get(0).target());
        int h = html.indexOf("A/78/265");
        assertEquals("<p><a href=\"http://h/r/A/78/265\">A/78/265</a></p>", Annotator.annotate(html,
                List.of(new Annotator.Link(h, h + 8, "http://h/r/A/78/265", true)), List.of(), Annotator.Mode.HTML,
                Annotator.Options.NONE));
        assertEquals(List.of(), Annotator.existingLinks("[a](b)", Annotator.Mode.TEXT));
    }

    @Test
    void totalOnHostileInput() {
        String text = "<a href=\"x\"><mark>[A/78/265](<<>>)";
        List<Annotator.Mark> marks = List.of(new Annotator.Mark(-5, 3, null, null), new Annotator.Mark(2, 1000, "", ""));
        for (Annotator.Mode mode : Annotator.Mode.values()) {
            Annotator.annotate(text, List.of(new Annotator.Link(0, 3, "u", true)), marks, mode,
                    new Annotator.Options(Annotator.MarkStyle.MARK, true));
            Annotator.annotate(null, null, null, mode, null);
            Annotator.existingLinks(text, mode);
        }
    }
}
