package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    private static String url(Reference r) {
        return "https://undocs.org/es/" + r.symbol().replace(" ", "%20");
    }

    private static String annotate(String text, Annotator.Mode mode) {
        List<Reference> refs = EXTRACTOR.extract(text).references();
        return Annotator.annotate(text, Annotator.links(refs, AnnotatorTest::url), mode);
    }

    /** Removes exactly what the annotator inserts around a bare reference. */
    private static String stripMarkdown(String annotated) {
        Matcher m = Pattern.compile("\\[([^\\[\\]]*)\\]\\(https://undocs\\.org/es/[^)\\s]*\\)").matcher(annotated);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    @Test
    void seedDraftLinksAreFilledAndBareReferencesWrapped() {
        String draft = ReferenceFiles.seedDraft();
        String out = annotate(draft, Annotator.Mode.MARKDOWN);
        assertTrue(out.contains("[75/240](https://undocs.org/es/A/RES/75/240)"), out);
        assertTrue(out.contains("[A/AC.292/2024/L.1](https://undocs.org/es/A/AC.292/2024/L.1)"));
        assertTrue(out.contains("documento [A/78/265](https://undocs.org/es/A/78/265) y en la decisión "
                + "[78/541](https://undocs.org/es/A/DEC/78/541)"));
        assertTrue(out.contains("(<https://meetings.unoda.org/open-ended-working-group-on-information-and-"
                + "communication-technologies-2021>)"), "autolink untouched");
        assertTrue(!out.contains("(#)"), "every (#) target of a reference is filled");
        // Invariant: turning every inserted target back into # and dropping all [..](#) syntax on both sides gives
        // the same text, and exactly the draft's own links were filled (the rest were wrapped).
        String undone = out.replaceAll("\\]\\(https://undocs\\.org/es/[^)\\s]*\\)", "](#)");
        assertEquals(unlink(draft), unlink(undone));
        assertEquals(count(draft, "](#)") + bareReferences(draft), count(undone, "](#)"));
    }

    private static String unlink(String s) {
        return s.replaceAll("\\[([^\\[\\]]*)\\]\\(#\\)", "$1");
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    /** Linkable references of the draft that are not already the text of one of its links. */
    private static int bareReferences(String draft) {
        int bare = 0;
        for (Reference r : EXTRACTOR.extract(draft).references()) {
            boolean linked = r.start() > 0 && draft.charAt(r.start() - 1) == '['
                    && draft.startsWith("](#)", r.end());
            bare += r.linkable() && !linked ? 1 : 0;
        }
        return bare;
    }

    @Test
    void wrappingBareReferencesIsReversible() {
        String text = "La resolución 75/240 y el documento A/78/265 y Add.1 (véase A/C.3/59/SR.24-26, 30).";
        String out = annotate(text, Annotator.Mode.MARKDOWN);
        assertEquals("La resolución [75/240](https://undocs.org/es/A/RES/75/240) y el documento "
                + "[A/78/265](https://undocs.org/es/A/78/265) y [Add.1](https://undocs.org/es/A/78/265/Add.1) "
                + "(véase [A/C.3/59/SR.24](https://undocs.org/es/A/C.3/59/SR.24)-"
                + "[26](https://undocs.org/es/A/C.3/59/SR.26), [30](https://undocs.org/es/A/C.3/59/SR.30)).", out);
        assertEquals(text, stripMarkdown(out));
    }

    @Test
    void markdownLeavesCodeUrlsAndOtherLinksAlone() {
        String text = "`A/78/265` and\n```\nA/78/266\n```\n[see A/78/267](http://x.org) "
                + "[A/78/268](https://undocs.org/A/78/268) <b>A/78/269</b> and A/78/270";
        String out = annotate(text, Annotator.Mode.MARKDOWN);
        assertEquals(text.replace("and A/78/270", "and [A/78/270](https://undocs.org/es/A/78/270)")
                .replace("<b>A/78/269</b>", "<b>[A/78/269](https://undocs.org/es/A/78/269)</b>"), out);
        assertEquals(text, stripMarkdown(out));
    }

    @Test
    void plainTextBecomesMarkdown() {
        String text = "Security Council resolution 2719 (2023) [note] and `A/78/265`";
        String out = annotate(text, Annotator.Mode.PLAIN);
        assertEquals("Security Council resolution [2719 (2023)](https://undocs.org/es/S/RES/2719%20%282023%29) [note] "
                + "and `[A/78/265](https://undocs.org/es/A/78/265)`", out);
        assertEquals(text, stripMarkdown(out));
    }

    @Test
    void htmlWrapsOnlyOpenTextAndFillsEmptyAnchors() {
        String text = "<p title=\"A/78/1\">See A/78/265 &amp; <a href=\"#\">A/78/266</a>, "
                + "<a href=\"https://x.org\">A/78/267</a>, <code>A/78/268</code>, <!-- A/78/269 -->"
                + "<script>var s = 'A/78/270';</script><em>resolution 75/240</em></p>";
        String out = annotate(text, Annotator.Mode.HTML);
        assertEquals("<p title=\"A/78/1\">See <a href=\"https://undocs.org/es/A/78/265\">A/78/265</a> &amp; "
                + "<a href=\"https://undocs.org/es/A/78/266\">A/78/266</a>, "
                + "<a href=\"https://x.org\">A/78/267</a>, <code>A/78/268</code>, <!-- A/78/269 -->"
                + "<script>var s = 'A/78/270';</script><em>resolution "
                + "<a href=\"https://undocs.org/es/A/RES/75/240\">75/240</a></em></p>", out);
        String undone = out.replaceAll("<a href=\"https://undocs\\.org/es/[^\"]*\">([^<]*)</a>", "$1")
                .replace("<a href=\"#\">A/78/266", "<a href=\"#\">A/78/266");
        assertEquals(text.replace("<a href=\"#\">A/78/266</a>", "A/78/266"), undone);
    }

    @Test
    void overlappingAndNonLinkableSpansAreSkipped() {
        String text = "A/78/265";
        List<Annotator.Link> links = List.of(new Annotator.Link(0, 8, "u1"), new Annotator.Link(2, 4, "u2"));
        assertEquals("[A/78/265](u1)", Annotator.annotate(text, links, Annotator.Mode.PLAIN));
    }
}
