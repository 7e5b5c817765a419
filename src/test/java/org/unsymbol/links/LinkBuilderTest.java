package org.unsymbol.links;

import org.unsymbol.lang.Language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.SymbolKind;
import org.unsymbol.symbol.SymbolParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkBuilderTest {

    private final LinkBuilder builder = LinkBuilder.standard(SymbolParser.standard());

    private static DocumentSymbol symbol(String canonical, SymbolKind kind) {
        return DocumentSymbol.builder().canonical(canonical).root(canonical.substring(0, 1)).kind(kind).build();
    }

    @Test
    void templatesGiveTheLinksOfLinkPatterns() {
        Links l = builder.links(symbol("A/78/265", SymbolKind.DOCUMENT), Language.ES, List.of());
        assertEquals("https://undocs.org/es/A/78/265", l.undocs());
        assertEquals("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=pdf", l.odsPdf());
        assertEquals("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=doc", l.odsDoc());
        assertEquals("https://digitallibrary.un.org/search?ln=es&p=191__a%3A%22A/78/265%22", l.digitalLibrary());
        assertEquals(l.odsPdf(), l.document());
    }

    @Test
    void odsGetsTheUnspacedFormAndUndocsTheSpacedOne() {
        Links l = builder.links(symbol("S/RES/2719 (2023)", SymbolKind.RESOLUTION), Language.EN, List.of());
        assertEquals("https://undocs.org/en/S/RES/2719%20(2023)", l.undocs());
        assertEquals("https://documents.un.org/api/symbol/access?s=S/RES/2719%282023%29&l=en&t=pdf", l.odsPdf());
    }

    @Test
    void decisionKeysHaveNoOdsFileAndLinkToTheDigitalLibrary() {
        Links l = builder.links(symbol("A/DEC/78/541", SymbolKind.DECISION), Language.ES, List.of());
        assertNull(l.odsPdf());
        assertNull(l.odsDoc());
        assertEquals(l.digitalLibrary(), l.document());
    }

    @Test
    void theCataloguesOwnPdfIsPreferredWhenItsHostIsAllowed() {
        String own = "https://documents.un.org/doc/undoc/gen/n23/229/66/pdf/n2322966.pdf";
        Links l = builder.links(symbol("A/78/265", SymbolKind.DOCUMENT), Language.EN,
                List.of(new CatalogueFile("docx", "https://documents.un.org/x.docx"), new CatalogueFile("pdf", own)));
        assertEquals(own, l.document());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/a.pdf", "//evil.example/a.pdf", "https://documents.un.org@evil.example/a.pdf",
            "https://user@documents.un.org/a.pdf", "javascript:alert(1)", "https://evil.example\\@documents.un.org/",
            "https://documents.un.org.evil.example/a.pdf", "https://documents.un.org/a.pdf\r\nSet-Cookie: x=1",
            "ftp://documents.un.org/a.pdf", "/relative/a.pdf", "https://documents.un.org/ä.pdf", ""})
    void hostileCatalogueUrlsAreNeverATarget(String url) {
        assertFalse(builder.isAllowedTarget(url), url);
        Links l = builder.links(symbol("A/78/265", SymbolKind.DOCUMENT), Language.EN,
                List.of(new CatalogueFile("pdf", url)));
        assertTrue(l.document().startsWith("https://documents.un.org/api/symbol/access?"), l.document());
    }

    @Test
    void unHostsAndTheirSubdomainsAreAllowed() {
        assertTrue(builder.isAllowedTarget("https://documents-dds-ny.un.org/doc/UNDOC/GEN/N00/233/05/pdf/N0023305.pdf"));
        assertTrue(builder.isAllowedTarget("https://digitallibrary.un.org/record/211803/files/A_RES_863%28IX%29-EN.pdf"));
        assertTrue(builder.isAllowedTarget("https://undocs.org/en/A/78/265"));
        assertFalse(builder.isAllowedTarget("https://notun.org/a.pdf"));
    }
}
