package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, classes 12-14 and the near-miss normalisations: the series of modelled roots as data (series.tsv), the
 * possible reading of unmodelled series, and the repairs that are certain (OCR into a known word, split modifiers,
 * citation decoration). Examples vary numbers, sessions and roots beyond the corpus lines.
 */
class GrammarAsDataTest {

    private static final SymbolParser PARSER = SymbolParser.standard();

    private static ParseResult parse(String s) {
        return PARSER.parse(s);
    }

    private static boolean has(ParseResult r, FindingCode code) {
        return r.findings().stream().anyMatch(f -> f.code() == code);
    }

    // ---- possible reading: well-formed components of unmodelled series -------------------------------------------

    @ParameterizedTest(name = "possible: {0}")
    @CsvSource(delimiter = '|', value = {
        "BWC/MSP/2018/MX.1/3|BWC/MSP/2018/MX.1/3",
        "BWC/MSP/2021/MX.4/WP.7|BWC/MSP/2021/MX.4/WP.7",
        "IDB.51/1|IDB.51/1",
        "IDB.47/CRP.3/Add.2|IDB.47/CRP.3/Add.2",
        "IDB.50/Dec.11|IDB.50/Dec.11",
        "GC.18/INF/4|GC.18/INF/4",
        "UNEP/OzL.Pro.31/9|UNEP/OzL.Pro.31/9",
        "UNEP/OzL.Pro.WG.1/44/3|UNEP/OzL.Pro.WG.1/44/3",
        "UNEP/CBD/COP/DEC/VIII/32|UNEP/CBD/COP/DEC/VIII/32",
        "UNEP/CBD/COP/DEC/XIV/5|UNEP/CBD/COP/DEC/XIV/5",
        "UNAIDS/PCB(22)/08.22|UNAIDS/PCB(22)/08.22",
        "UNAIDS/PCB(51)/22.3|UNAIDS/PCB(51)/22.3",
        "WFP/EB.2/2009/6-G/Add.1|WFP/EB.2/2009/6-G/Add.1",
        "WFP/EB.1/2011/7/3|WFP/EB.1/2011/7/3",
        "WFP/EB.A/2015/5-C|WFP/EB.A/2015/5-C",
        "CO-ORDINATION/R.798|CO-ORDINATION/R.798",
        "COPUOS/LEGAL/T.656|COPUOS/LEGAL/T.656",
        "PCNICC/1999/WGEC/RT.1|PCNICC/1999/WGEC/RT.1",
        "HSP/HA.1/HLS.3|HSP/HA.1/HLS.3",
        "CCPR/C/66/GUI/Rev.2|CCPR/C/66/GUI/Rev.2",  // a modelled root: fits 'C s +'
        "BWC/MSP/2018/MX.1/3/rev.2|BWC/MSP/2018/MX.1/3/Rev.2", // the modifier in canonical spelling
    })
    void wellFormedSequencesOfUnmodelledSeriesAreSymbols(String written, String canonical) {
        ParseResult r = parse(written);
        assertTrue(r.valid(), () -> written + " " + r.findings());
        assertEquals(canonical, r.symbol().orElseThrow().canonical());
    }

    @ParameterizedTest(name = "not possible: {0}")
    @ValueSource(strings = {
        "SPLOS/30/C",          // a single letter where the number goes
        "ISA/02/04.E",         // letters in a dotted number
        "WFP/EB.2/2009/6-7",   // a range in an unmodelled series stays a range
        "BWC/MSP/2018/MX.1/3/Add.1/4", // a component after a modifier
        "UNEP/OzL.Pro./9",     // an empty dotted segment
        "BWC/MSP/xx",          // a placeholder
        "ISBA/24/C/X",         // a placeholder where the number goes
        "ABC/DEF",             // no number anywhere
    })
    void illFormedSequencesStayRejected(String written) {
        assertEquals(Tier.MALFORMED, parse(written).tier(), () -> written + " " + parse(written).findings());
    }

    // ---- series.tsv: what follows the modelled roots ---------------------------------------------------------------

    @ParameterizedTest(name = "misfit: {0}")
    @CsvSource(delimiter = '|', value = {
        "A/78|MISSING_DOCUMENT_NUMBER",
        "A/65|MISSING_DOCUMENT_NUMBER",
        "A/60/Rev.1|MISSING_DOCUMENT_NUMBER",
        "A/79/Add.2|MISSING_DOCUMENT_NUMBER",
        "S/PRST/2015|MISSING_DOCUMENT_NUMBER",
        "S/PRST/2023|MISSING_DOCUMENT_NUMBER",
        "E/CN/2015/15|UNKNOWN_SERIES",
        "E/CN/2019/10|UNKNOWN_SERIES",
        "A/TEST/123|UNKNOWN_SERIES",
        "A/FOO/78/1|UNKNOWN_SERIES",
        "A/session/53|UNKNOWN_SERIES",
        "CRC/C/AND/OPAC/CO/1|UNKNOWN_SERIES",
        "CRC/C/GBR/OPSC/CO/1|UNKNOWN_SERIES",
        "CEDAW/C/1996|MISSING_DOCUMENT_NUMBER",
        "CERD/C/2004|MISSING_DOCUMENT_NUMBER",
        "UNDT/NY/2013/018|UNKNOWN_SERIES",
        "UNDT/GVA/2016/044|UNKNOWN_SERIES",
    })
    void symbolsOfModelledRootsMustFitASeries(String written, FindingCode code) {
        ParseResult r = parse(written);
        assertEquals(Tier.MALFORMED, r.tier(), () -> written + " " + r.findings());
        assertTrue(has(r, code), () -> written + " " + r.findings());
    }

    @ParameterizedTest(name = "fits: {0}")
    @ValueSource(strings = {"A/78/265", "A/6715/Rev.1", "A/RES/217 A (III)", "A/RES/ES-10/22", "A/RES/S-26/2",
        "A/ES-10/PV.1", "A/C.5/49/25", "A/AC.109/2019/L.18", "A/HRC/55/L.1", "A/INF/78/1", "A/PV.1234",
        "S/2000/809", "S/25704/Add.1", "S/RES/827 (1993)", "S/PRST/1998/37", "S/PV.6201", "S/AC.37/2003/1455",
        "E/2023/10", "E/RES/2023/5", "E/CN.4/2004/10", "E/C.12/FIN/5", "E/ICEF/2023/P/L.16",
        "CRC/C/DEU/5-6", "CRC/C/OPAC/AND/CO/1", "CRC/C/Q/DEU/2", "CRC/C/15/Add.117", "CRC/C/SR.926",
        "CRC/C/GC/25", "CEDAW/C/FRA/Q/7-8/Add.1", "CCPR/C/95/D/1479/2006", "CRPD/C/8/2", "UNDT/2016/027"})
    void realSymbolsOfModelledRootsFit(String written) {
        ParseResult r = parse(written);
        assertTrue(r.valid(), () -> written + " " + r.findings());
    }

    @Test
    void theTableSaysWhatIsModelled() {
        SeriesTable t = SeriesTable.bundled();
        assertTrue(t.models("A"));
        assertTrue(t.models("CRC"));
        assertFalse(t.models("UNEP"));
        assertFalse(t.models("WFP"));
    }

    // ---- press releases, prefixes, slugs -------------------------------------------------------------------------

    @ParameterizedTest(name = "press release: {0}")
    @ValueSource(strings = {"SC/6784", "SC/15295", "ECOSOC/5731", "ECOSOC/6134/Corr.1", "SEA/2125", "GA/12515"})
    void pressReleasesAreNoDocuments(String written) {
        ParseResult r = parse(written);
        assertEquals(Tier.MALFORMED, r.tier());
        assertTrue(has(r, FindingCode.NOT_A_DOCUMENT), () -> r.findings().toString());
    }

    @ParameterizedTest(name = "GA/RES: {0}")
    @CsvSource(delimiter = '|', value = {"GA/RES/13(I)|A/RES/13 (I)", "GA/RES/70/1|A/RES/70/1",
        "ga/res/217 A (III)|A/RES/217A (III)"})
    void gaResIsTheAssemblysResolution(String written, String canonical) {
        ParseResult r = parse(written);
        assertTrue(r.valid(), () -> r.findings().toString());
        assertEquals(canonical, r.symbol().orElseThrow().canonical());
        assertTrue(has(r, FindingCode.NORMALIZED_PREFIX));
    }

    @ParameterizedTest(name = "slug: {0}")
    @ValueSource(strings = {"isba-20-a-l-3", "a-78-265", "s-res-2719-2023"})
    void lowerCaseWebSlugsAreNotRestored(String written) {
        assertEquals(Tier.MALFORMED, parse(written).tier());
    }

    @Test
    void upperCaseFileNameSlugsStillAre() {
        assertEquals("A/AC.292/2024/CRP.1", parse("A-AC-292-2024-CRP-1").symbol().orElseThrow().canonical());
    }

    // ---- certain repairs -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "repair: {0}")
    @CsvSource(delimiter = '|', value = {
        "E/ICEF/2006/5/R ev.1|E/ICEF/2006/5/Rev.1|NORMALIZED_WHITESPACE",
        "A/60/12/A dd.1|A/60/12/Add.1|NORMALIZED_WHITESPACE",
        "S/2004/10/Co rr.2|S/2004/10/Corr.2|NORMALIZED_WHITESPACE",
        "L0S/PCN/INF/4|LOS/PCN/INF/4|NORMALIZED_OCR",
        "LOS/PCN/lNF/8|LOS/PCN/INF/8|NORMALIZED_OCR",
        "A/lNF/78/2|A/INF/78/2|NORMALIZED_OCR",
        "IT/32/Rev.7 (1996)|IT/32/Rev.7|NORMALIZED_PARENTHETICAL",
        "U.N. Doc. CRC/C/15/Add.117 (2000)|CRC/C/15/Add.117|NORMALIZED_PARENTHETICAL",
        "A/78/265 (2023)|A/78/265|NORMALIZED_PARENTHETICAL",
        "S/25704/Add.1 (1993)|S/25704/Add.1|NORMALIZED_PARENTHETICAL",
    })
    void certainRepairsWithANote(String written, String canonical, FindingCode note) {
        ParseResult r = parse(written);
        assertTrue(r.valid(), () -> written + " " + r.findings());
        assertEquals(canonical, r.symbol().orElseThrow().canonical());
        assertTrue(has(r, note), () -> r.findings().toString());
    }

    @Test
    void noGuessingOutsideTheVocabulary() {
        assertFalse(parse("A/lNX/78/2").symbol().map(s -> s.canonical().contains("INX")).orElse(false));
        assertEquals("S/RES/2719 (2023)", parse("S/RES/2719 (2023)").symbol().orElseThrow().canonical());
        assertFalse(parse("A/RES/75/240 (2020)").valid()); // a year after a GA resolution stays an error
        assertEquals("TD/B/C.1/IRON ORE/3", parse("TD/B/C.1/IRON ORE/3").symbol().orElseThrow().canonical());
    }
}
