package org.unsymbol.links;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BibliographyFormatsTest {

    private final BibliographicData report = new BibliographicData("A/78/265", "Report {of} the 100% group\nTY  - FORGED",
            "General Assembly", "2023-08-04", "en", "https://undocs.org/en/A/78/265", null);
    private final BibliographicData resolution = new BibliographicData("A/RES/75/240", "Developments in the field of "
            + "information and telecommunications", "General Assembly", "2020-12-31", "en",
            "https://documents.un.org/api/symbol/access?s=A/RES/75/240&l=en&t=pdf#page_2~x%20y",
            BibliographicData.genreOf(org.unsymbol.symbol.SymbolKind.RESOLUTION));

    @Test
    void risKeepsOneTagPerLineWhateverTheTitleHolds() {
        String ris = BibliographyFormats.ris(report);
        assertTrue(ris.startsWith("TY  - GOVDOC\n"));
        assertTrue(ris.contains("TI  - Report {of} the 100% group TY  - FORGED\n"));
        assertEquals(1, ris.lines().filter(l -> l.startsWith("TY  -")).count());
        assertTrue(ris.contains("DA  - 2023/08/04\n"));
        assertTrue(ris.contains("M1  - A/78/265\n"));
        assertTrue(ris.endsWith("ER  - \n"));
    }

    @Test
    void bibtexEscapesBracesAndLatexSpecials() {
        String bib = BibliographyFormats.bibtex(report);
        assertTrue(bib.startsWith("@techreport{A_78_265,\n"), bib);
        assertTrue(bib.contains("title = {Report \\{of\\} the 100\\% group TY  - FORGED}"), bib);
        assertTrue(bib.contains("year = {2023}"));
        assertTrue(bib.contains("number = {A/78/265}"));
        assertFalse(bib.contains(",\n}"), "no trailing comma");
    }

    @Test
    void cslJsonCarriesTheSymbolAsNumberAndTheDateParts() {
        Map<String, Object> csl = BibliographyFormats.cslJson(new BibliographicData("S/RES/2719 (2023)", null, null, "2023",
                "fr", null, "Resolution"));
        assertEquals("S/RES/2719 (2023)", csl.get("number"));
        assertEquals(Map.of("date-parts", List.of(List.of(2023))), csl.get("issued"));
        assertFalse(csl.containsKey("title"));
    }

    @Test
    void bibtexKeepsTheUrlVerbatim() {
        // biblatex and the url package read url verbatim: a TeX escape there ends up in the link
        String bib = BibliographyFormats.bibtex(resolution);
        assertTrue(bib.contains("  url = {https://documents.un.org/api/symbol/access?s=A/RES/75/240&l=en&t=pdf"
                + "#page_2~x%20y},\n"), bib);
    }

    @Test
    void aUrlCannotUnbalanceTheBibtexField() {
        String bib = BibliographyFormats.bibtex(new BibliographicData("A/78/265", null, null, null, null,
                "https://example.org/a}b{c\\d e", null));
        assertTrue(bib.contains("url = {https://example.org/a%7Db%7Bc%5Cd%20e}"), bib);
    }

    @Test
    void aResolutionIsAReportOfItsBodyNotALaw() {
        // CSL "legislation" renders as a statute (APA: "Pub. L. No. A/RES/75/240")
        Map<String, Object> csl = BibliographyFormats.cslJson(resolution);
        assertEquals("report", csl.get("type"));
        assertEquals("Resolution", csl.get("genre"));
        assertEquals(List.of(Map.of("literal", "General Assembly")), csl.get("author"));
        assertEquals("United Nations", csl.get("publisher"));
        String bib = BibliographyFormats.bibtex(resolution);
        assertTrue(bib.startsWith("@techreport{A_RES_75_240,\n"), bib);
        assertTrue(bib.contains("type = {Resolution}"), bib);
        String ris = BibliographyFormats.ris(resolution);
        assertTrue(ris.startsWith("TY  - GOVDOC\n"), ris);
        assertTrue(ris.contains("M3  - Resolution\n"), ris);
    }
}
