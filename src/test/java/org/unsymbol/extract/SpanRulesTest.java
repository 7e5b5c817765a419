package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsymbol.symbol.SymbolKind;

/** The span rule of {@link Reference}: what text each kind of reference covers. */
class SpanRulesTest {

    private static List<Reference> refs(String text) {
        return ReferenceExtractor.standard().extract(text).references();
    }

    @Test
    void sentenceFinalPeriodAndWrappingAreOutside() {
        Reference r = refs("aprobó el proyecto (A/AC.292/2024/L.1).").get(0);
        assertEquals("A/AC.292/2024/L.1", r.text());
        assertEquals("A/AC.292/2024/L.1", refs("documento A/AC.292/2024/L.1.").get(0).text());
        assertEquals("A/78/265", refs("**[A/78/265](#)**").get(0).text());
    }

    @Test
    void inheritedModifierSpansOnlyItself() {
        List<Reference> r = refs("A/78/265 and Corr.1");
        assertEquals("Corr.1", r.get(1).text());
        assertEquals(ReferenceForm.INHERITED, r.get(1).form());
        assertFalse(r.get(1).derived());
    }

    @Test
    void rangeItemsShareTheUpperBoundAndOnlyItsOwnerLinks() {
        List<Reference> r = refs("SR. (A/C.3/59/SR.24-26)");
        assertEquals(List.of("A/C.3/59/SR.24", "26", "26"), r.stream().map(Reference::text).toList());
        assertEquals(List.of(true, false, true), r.stream().map(Reference::linkable).toList());
        assertTrue(r.get(1).linkSpan().isEmpty());
    }

    @Test
    void citationSpansTheNumberWithLetterAndParenthetical() {
        assertEquals("75/240", refs("la resolución 75/240 de la Asamblea General").get(0).text());
        assertEquals("1514 (XV)", refs("resolution 1514 (XV)").get(0).text());
        assertEquals("2231(2015)", refs("第2231(2015)号决议").get(0).text());
        List<Reference> ab = refs("resolutions 69/96 A and B");
        assertEquals(List.of("69/96 A", "B"), ab.stream().map(Reference::text).toList());
        assertEquals(SymbolKind.RESOLUTION, ab.get(1).kind());
    }

    @Test
    void draftingPlaceholdersAreReportedAsPlaceholders() {
        List<Reference> r = refs("documentos A/AC.292/2024/CRP.X, A/78/[...], A/78/… y A/RES/78/###; A/78/265.");
        assertEquals(List.of("A/AC.292/2024/CRP.X", "A/78/[...]", "A/78/…", "A/RES/78/###", "A/78/265"),
                r.stream().map(Reference::text).toList());
        assertEquals(List.of(ReferenceStatus.PLACEHOLDER, ReferenceStatus.PLACEHOLDER, ReferenceStatus.PLACEHOLDER,
                ReferenceStatus.PLACEHOLDER, ReferenceStatus.VALID), r.stream().map(Reference::status).toList());
    }

    @Test
    void lineBrokenSymbolSpansTheBreak() {
        String text = "documento A/AC.292/\n2024/L.1 y";
        Reference r = refs(text).get(0);
        assertEquals("A/AC.292/\n2024/L.1", r.text());
        assertEquals("A/AC.292/2024/L.1", r.symbol());
    }

    @Test
    void offsetsAreUtf16IntoTheOriginal() {
        String text = "😀 第70/125号决议 and 😀 A/78/265";
        List<Reference> r = refs(text);
        assertEquals(text.indexOf("70/125"), r.get(0).start());
        assertEquals(text.indexOf("A/78/265"), r.get(1).start());
    }
}
