package org.unsymbol.links;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationFormatsTest {

    private final CitationData report = new CitationData("A/78/265", "Report {of} the 100% group\nTY  - FORGED",
            "General Assembly", "2023-08-04", "en", "https://undocs.org/en/A/78/265", false);

    @Test
    void risKeepsOneTagPerLineWhateverTheTitleHolds() {
        String ris = CitationFormats.ris(report);
        assertTrue(ris.startsWith("TY  - GOVDOC\n"));
        assertTrue(ris.contains("TI  - Report {of} the 100% group TY  - FORGED\n"));
        assertEquals(1, ris.lines().filter(l -> l.startsWith("TY  -")).count());
        assertTrue(ris.contains("DA  - 2023/08/04\n"));
        assertTrue(ris.contains("M1  - A/78/265\n"));
        assertTrue(ris.endsWith("ER  - \n"));
    }

    @Test
    void bibtexEscapesBracesAndLatexSpecials() {
        String bib = CitationFormats.bibtex(report);
        assertTrue(bib.startsWith("@techreport{A_78_265,\n"), bib);
        assertTrue(bib.contains("title = {Report \\{of\\} the 100\\% group TY  - FORGED}"), bib);
        assertTrue(bib.contains("year = {2023}"));
        assertTrue(bib.contains("number = {A/78/265}"));
        assertFalse(bib.contains(",\n}"), "no trailing comma");
    }

    @Test
    void cslJsonCarriesTheSymbolAsNumberAndTheDateParts() {
        Map<String, Object> csl = CitationFormats.cslJson(new CitationData("S/RES/2719 (2023)", null, null, "2023",
                "fr", null, true));
        assertEquals("legislation", csl.get("type"));
        assertEquals("S/RES/2719 (2023)", csl.get("number"));
        assertEquals(Map.of("date-parts", List.of(List.of(2023))), csl.get("issued"));
        assertFalse(csl.containsKey("title"));
    }
}
