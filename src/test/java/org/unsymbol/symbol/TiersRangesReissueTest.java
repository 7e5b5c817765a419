package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, classes 3, 6, 12 and 13: the UNREGISTERED tier, combined treaty-body reports, the reissue asterisk, and the
 * registry rows copied from the corpus list of published series. Real examples come from
 * src/test/resources/corpus (symbols.tsv, near-misses.tsv, passages.jsonl, with the source of each there); the
 * counter-examples are what must stay rejected.
 */
class TiersRangesReissueTest {

    private static final SymbolParser PARSER = SymbolParser.standard();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    /** A registry that knows only the principal organs: every other real root is unregistered to it. */
    private static final SymbolParser ORGANS_ONLY = new SymbolParser(new BodyRegistry(
            BodyRegistry.bundled().all().stream().filter(b -> b.isRoot() && b.prefix().length() == 1)
                    .collect(Collectors.toList())), CLOCK);

    // ---- class 13: well-formed but unregistered -----------------------------------------------------------------

    @ParameterizedTest(name = "unregistered: {0}")
    @CsvSource(delimiter = '|', value = {
        // real symbols (corpus symbols.tsv) whose roots this registry does not know
        "UNW/2021/10|UNW/2021/10",                    // UN-Women Executive Board, unwomen.org
        "HSP/HA.2/8|HSP/HA.2/8",                      // UN-Habitat Assembly, issue 12
        "ISBA/21/LTC/9/Rev.1|ISBA/21/LTC/9/Rev.1",    // Seabed Authority, isa.org.jm
        "NPT/CONF.2015/WP.1|NPT/CONF.2015/WP.1",      // NPT Review Conference, issue 12
        "ICCD/COP(14)/23/Add.1|ICCD/COP(14)/23/Add.1",
        "unw/2021/10|UNW/2021/10",                    // typed in lower case: normalized, still unregistered
    })
    void wellFormedSymbolWithAnUnregisteredRootIsValidWithAWarning(String input, String canonical) {
        ParseResult r = ORGANS_ONLY.parse(input);
        assertEquals(Tier.UNREGISTERED, r.tier(), () -> r.findings().toString());
        assertTrue(r.valid());
        assertTrue(r.errors().isEmpty(), () -> r.errors().toString());
        assertEquals(canonical, r.symbol().orElseThrow().canonical());
        Finding w = r.warnings().stream().filter(f -> f.code() == FindingCode.UNREGISTERED_ROOT).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertEquals(0, w.start());
        assertEquals(input.indexOf('/'), w.end());
    }

    @Test
    void aRootWithOneBareNumberIsNotEnough() {
        // real SPLOS/326 (corpus symbols.tsv) to a registry without SPLOS: the shape of SEA/2125, a press release
        for (String input : List.of("SPLOS/326", "UNW/2021/Add.1")) { // a number and a modifier: still one number
            ParseResult r = ORGANS_ONLY.parse(input);
            assertEquals(Tier.WELL_FORMED, r.tier(), input);
            assertEquals(FindingCode.UNKNOWN_ROOT, r.errors().get(0).code(), input);
        }
        assertEquals(Tier.PLAUSIBLE, PARSER.parse("SPLOS/326").tier()); // registered from roots.tsv
    }

    @ParameterizedTest(name = "still not a symbol of a series: {0}")
    @CsvSource(delimiter = '|', value = {
        "X/78/265|UNKNOWN_ROOT|WELL_FORMED",           // one letter: every one-letter root is a registered organ
        "GA/78/265|NOT_A_DOCUMENT|MALFORMED",          // press-release root
        "SC/6784|NOT_A_DOCUMENT|MALFORMED",            // real press release, press.un.org (near-misses.tsv)
        "ECOSOC/5731|NOT_A_DOCUMENT|MALFORMED",        // real press release (near-misses.tsv)
        "ECOSOC/6134/Corr.1|NOT_A_DOCUMENT|MALFORMED", // real press release with a corrigendum (near-misses.tsv)
        "SEA/2125|NOT_A_DOCUMENT|MALFORMED",           // real press release, un.org/press (near-misses.tsv)
        "SG/SM/21345|NOT_A_DOCUMENT|MALFORMED",        // Secretary-General statement, press.un.org form
        "sc/15295|NOT_A_DOCUMENT|MALFORMED",           // lower case changes nothing
        "UNW/2021/xx|PLACEHOLDER_NUMBER|MALFORMED",    // a placeholder is no document (a syntax error since issue 12)
        "ISBA/24/C/X|PLACEHOLDER_NUMBER|MALFORMED",    // placeholder in an unmodelled series: no possible reading
        "E/ICEF/2023/P/L.XX|PLACEHOLDER_NUMBER|MALFORMED",
        "CAC/COSP/2015/xx|PLACEHOLDER_NUMBER|MALFORMED",
    })
    void pressReleasesOneLetterRootsAndRuleErrorsAreNotUnregistered(String input, FindingCode code, Tier tier) {
        ParseResult r = PARSER.parse(input);
        assertEquals(tier, r.tier(), () -> r.findings().toString());
        assertFalse(r.valid());
        assertTrue(r.errors().stream().anyMatch(f -> f.code() == code), () -> r.errors().toString());
    }

    @ParameterizedTest(name = "malformed stays malformed: {0}")
    @CsvSource(delimiter = '|', value = {
        "AG/RES.1733 (XXX-O/00)",     // OAS resolution (near-misses.tsv)
        "UNAIDS/09.15E / JC1682E",    // publication and job codes (near-misses.tsv)
        "REGULATION NO. 1999/14",     // a heading (near-misses.tsv)
        "UNW//10",
        "UNW/2021/L.",
    })
    void garbageWithAnUnknownRootIsStillMalformed(String input) {
        assertEquals(Tier.MALFORMED, ORGANS_ONLY.parse(input).tier(), () -> ORGANS_ONLY.parse(input).toString());
    }

    // ---- class 12: registry rows from the published series --------------------------------------------------------

    @ParameterizedTest(name = "registered: {0}")
    @CsvSource({"ISBA", "SPLOS", "UNW", "HSP", "ICCD", "NPT", "TPNW", "BWC", "UNDT", "UNMIK", "JIU", "HRC",
        "A/CN.4", "E/CN.7", "ST/LIB/SER.B", "FCCC/CP", "UNEP/CBD/COP", "T/C.2"})
    void seriesFromTheCorpusListAreRegisteredWithTheirSource(String prefix) {
        Body b = BodyRegistry.bundled().find(prefix).orElseThrow();
        assertTrue(b.note().contains("roots.tsv row") && b.note().contains("source: "), b.note());
    }

    @Test
    void everyCopiedRowNamesItsSource() {
        List<Body> copied = BodyRegistry.bundled().all().stream()
                .filter(b -> b.note() != null && b.note().startsWith("roots.tsv row")).toList();
        assertTrue(copied.size() >= 50, "copied rows: " + copied.size());
        for (Body b : copied) {
            String source = b.note().substring(b.note().indexOf("source: ") + 8);
            assertTrue(source.startsWith("http") || source.contains("/"), b.prefix() + ": " + b.note());
        }
        assertEquals(Tier.PLAUSIBLE, PARSER.parse("UNW/2021/10").tier());
        assertEquals(Tier.PLAUSIBLE, PARSER.parse("T/C.2/1").tier());
    }

    // ---- class 3: combined reports ------------------------------------------------------------------------------

    @ParameterizedTest(name = "combined report: {0}")
    @CsvSource(delimiter = '|', value = {
        // real (corpus symbols.tsv, near-misses.tsv; OHCHR docstore and copies of its documents)
        "CRC/C/DEU/3-4|CRC/C/DEU/3-4",
        "CRC/C/DEU/CO/3-4|CRC/C/DEU/CO/3-4",
        "CRC/C/DEU/Q/3-4/Add.1|CRC/C/DEU/Q/3-4/Add.1",
        "CRC/C/AUT/RQ/5-6|CRC/C/AUT/RQ/5-6",
        "CEDAW/C/FRA/7-8|CEDAW/C/FRA/7-8",
        "CEDAW/C/FRA/Q/7-8/Add.1|CEDAW/C/FRA/Q/7-8/Add.1",
        "CERD/C/DEU/19-22|CERD/C/DEU/19-22",
        "CERD/C/URY/CO/16-20|CERD/C/URY/CO/16-20",
        "crc/c/deu/co/3-4|CRC/C/DEU/CO/3-4",
        "CEDAW/C/FRA/CO/7\u20138|CEDAW/C/FRA/CO/7-8",
        // the issue's own examples
        "CRC/C/DEU/5-6|CRC/C/DEU/5-6",
        "CRC/C/NZL/Q/3-4/Add.1|CRC/C/NZL/Q/3-4/Add.1",
    })
    void aCombinedReportIsOneSymbol(String input, String canonical) {
        ParseResult r = PARSER.parse(input);
        assertTrue(r.valid(), () -> r.findings().toString());
        DocumentSymbol s = r.symbol().orElseThrow();
        assertEquals(canonical, s.canonical());
        String number = canonical.replaceAll("^.*/(\\d+-\\d+).*$", "$1");
        assertEquals(number, s.number().orElseThrow());
    }

    @ParameterizedTest(name = "still a range: {0}")
    @CsvSource({
        "A/C.3/59/SR.24-34",     // a range of summary records
        "CRC/C/SR.243-245",      // real range citation (near-misses.tsv)
        "A/60/1-5",              // not a treaty-body State party series
        "CRC/C/DEU/6-5",         // backwards
        "CRC/C/DEU/0-1",         // reports are numbered from 1
        "CRC/C/DEU/1-20",        // wider than any combined report
        "CRC/C/OPAC/DEU/1-2",    // a protocol code before the country
        "CCPR/C/66/DEU/1-2",     // a session slot: not a State party report series
        "CRC/C/DE/1-2",          // not a three-letter country code
        "CRC/C/DEU/CO/AB/1-2",   // two codes after the country
    })
    void aRangeElsewhereIsStillNotASymbol(String input) {
        ParseResult r = PARSER.parse(input);
        assertEquals(Tier.MALFORMED, r.tier());
        assertEquals(FindingCode.RANGE_NOT_A_SYMBOL, r.errors().get(0).code());
    }

    // ---- class 6: the reissue asterisk --------------------------------------------------------------------------

    @ParameterizedTest(name = "reissue: {0}")
    @CsvSource(delimiter = '|', value = {
        "A/58/323*|A/58/323|8",                          // issue 12
        "ISBA/21/C/19*|ISBA/21/C/19|12",                 // real, isa.org.jm (near-misses.tsv)
        "BWC/MSP/2007/WP.9*|BWC/MSP/2007/WP.9|17",       // real, un.org/disarmament (near-misses.tsv)
        "CAC/COSP/2015/10 *|CAC/COSP/2015/10|17",        // real masthead, space before the mark (near-misses.tsv)
        "PCNICC/1999/INF/3*|PCNICC/1999/INF/3|17",       // real, cited as UN Doc. (passages en-132)
    })
    void theReissueMarkIsDroppedWithANote(String input, String canonical, int at) {
        ParseResult r = PARSER.parse(input);
        DocumentSymbol s = r.symbol().orElseThrow();
        assertEquals(canonical, s.canonical());
        assertTrue(s.reissued());
        assertEquals(DocumentSymbol.keyOf(canonical), s.key());
        Finding note = r.warnings().stream().filter(f -> f.code() == FindingCode.NORMALIZED_REISSUE_MARK)
                .findFirst().orElseThrow();
        assertEquals(at, note.start());
        assertEquals("*", input.substring(note.start(), note.end()));
    }

    @Test
    void aJointSymbolOfReissuesDropsEveryMark() {
        ParseResult r = PARSER.parse("ISBA/21/C/15* \u2013 ISBA/21/A/6*"); // real, isa.org.jm (near-misses.tsv)
        assertEquals("ISBA/21/C/15-ISBA/21/A/6", r.symbol().orElseThrow().canonical());
        assertEquals(2, r.warnings().stream().filter(f -> f.code() == FindingCode.NORMALIZED_REISSUE_MARK).count());
    }

    @ParameterizedTest(name = "misplaced mark: {0}")
    @CsvSource({"*A/78/265", "A/58/*323", "A/58*/323"})
    void aMarkAnywhereButTheEndIsStillMalformed(String input) {
        ParseResult r = PARSER.parse(input);
        assertEquals(Tier.MALFORMED, r.tier());
        assertEquals(FindingCode.MISPLACED_REISSUE_MARK, r.errors().get(0).code());
    }
}
