package org.unsymbol.links;

import org.junit.jupiter.api.Test;
import org.unsymbol.symbol.SymbolKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formatted citations (text/x-bibliography) rendered by citeproc-java with the CSL repository's own styles. */
class BibliographyStylesTest {

    private static final BibliographyStyles STYLES = new BibliographyStyles();
    private static final BibliographicData RESOLUTION = new BibliographicData("A/RES/75/240",
            "Developments in the field of information and telecommunications in the context of international security",
            "General Assembly", "2020-12-31", "en", "https://undocs.org/en/A/RES/75/240",
            BibliographicData.genreOf(SymbolKind.RESOLUTION));

    @Test
    void apaCitesAResolutionAsTheAssemblysDocument() {
        String apa = STYLES.render(RESOLUTION, null, null);
        assertEquals("General Assembly. (2020). Developments in the field of information and telecommunications in "
                + "the context of international security (Resolution A/RES/75/240). United Nations. "
                + "https://undocs.org/en/A/RES/75/240", apa);
        assertFalse(apa.contains("Pub. L."), apa);
    }

    @Test
    void otherStylesOfTheRepositoryByName() {
        String chicago = STYLES.render(RESOLUTION, "chicago-author-date", null);
        assertTrue(chicago.startsWith("General Assembly. 2020. Developments in the Field"), chicago);
        assertTrue(chicago.contains("Resolution A/RES/75/240. United Nations."), chicago);
        assertTrue(STYLES.render(RESOLUTION, "harvard-cite-them-right", null).startsWith("General Assembly (2020)"));
        assertTrue(STYLES.render(RESOLUTION, "modern-language-association", null).contains("31 Dec. 2020"));
    }

    @Test
    void theLocaleChangesTheWording() {
        String fr = STYLES.render(RESOLUTION, "modern-language-association", "fr-FR");
        assertTrue(fr.contains("31 décembre 2020"), fr);
        assertEquals(fr, STYLES.render(RESOLUTION, "modern-language-association", "fr"));
    }

    @Test
    void anUnknownStyleOrLocaleIsRefused() {
        assertThrows(BibliographyStyles.Unsupported.class, () -> STYLES.render(RESOLUTION, "no-such-style", null));
        assertThrows(BibliographyStyles.Unsupported.class, () -> STYLES.render(RESOLUTION, "../../etc/passwd", null));
        assertThrows(BibliographyStyles.Unsupported.class, () -> STYLES.render(RESOLUTION, "apa", "xx-YY"));
    }

    @Test
    void onlyTheAllowedStylesAreServedSoNoClientCanMakeTheServiceCompileAStylePerRequest() {
        // "nature" is a style of the CSL repository, but not one this service is configured to format
        BibliographyStyles.Unsupported refused = assertThrows(BibliographyStyles.Unsupported.class,
                () -> STYLES.render(RESOLUTION, "nature", null));
        assertEquals("style", refused.parameter());
        assertTrue(refused.getMessage().contains("apa"), refused.getMessage());
        BibliographyStyles narrow = new BibliographyStyles(java.util.List.of("ieee", "no-such-style"), java.util.List.of("en-GB"));
        assertEquals(java.util.Set.of("ieee"), narrow.styles());
        assertTrue(narrow.render(RESOLUTION, null, null).startsWith("["), "ieee is the deployment's default");
        assertThrows(BibliographyStyles.Unsupported.class, () -> narrow.render(RESOLUTION, "apa", null));
        assertThrows(BibliographyStyles.Unsupported.class, () -> narrow.render(RESOLUTION, "ieee", "fr-FR"));
    }
}
