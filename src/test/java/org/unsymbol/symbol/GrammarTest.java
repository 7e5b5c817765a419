package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real symbols beyond the reference samples, components, findings with offsets, suggestions, formats. */
class GrammarTest {

    private final SymbolParser parser = ReferenceFiles.parser();

    private DocumentSymbol valid(String input) {
        ParseResult r = parser.parse(input);
        assertTrue(r.valid(), () -> input + ": " + r.findings());
        return r.symbol().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A/HRC/RES/5/1|A/HRC/RES/5/1|resolution",
        "E/RES/1990/47|E/RES/1990/47|resolution",
        "CRPD/C/GC/1|CRPD/C/GC/1|general-comment",
        "ST/SGB/2019/8|ST/SGB/2019/8|document",
        "UNEP/EA.5/Res.14|UNEP/EA.5/Res.14|resolution",
        "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1|E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1|working-paper",
        "CCPR/C/95/D/1479/2006|CCPR/C/95/D/1479/2006|communication-decision",
        "A/RES/69/274 A|A/RES/69/274 A|resolution",
        "A/RES/69/274A|A/RES/69/274 A|resolution",
        "A/RES/217 A (III)|A/RES/217A (III)|resolution",
        "A/RES/3201 (S-VI)|A/RES/3201 (S-VI)|resolution",
        "E/RES/1915 (ORG-75)|E/RES/1915 (ORG-75)|resolution",
        "T/RES/2200 (LXI)|T/RES/2200 (LXI)|resolution",
        "TD/B/EX(12)/CRP.4/Rev.2|TD/B/EX(12)/CRP.4/Rev.2|conference-room-paper",
        "TD/B/53/8 (Vol. I)|TD/B/53/8 (Vol.I)|document",
        "A/HRC/WG.6/1/BHR/1|A/HRC/WG.6/1/BHR/1|document",
        "ECE/TRANS/WP.29/2024/1|ECE/TRANS/WP.29/2024/1|document",
        "A/C.1/74/L.49/Rev.1/Corr.1|A/C.1/74/L.49/Rev.1/Corr.1|draft",
        "A/78/265/Summary|A/78/265/Summary|document",
        "S/PV.6201 (Resumption1)|S/PV.6201(Resumption1)|meeting-record",
        "A/RES/50/204[A]|A/RES/50/204 A|resolution",
        "S/RES/2719/2023|S/RES/2719 (2023)|resolution",
        "A/78/251 *|A/78/251|document", // the reissue mark is a flag and a note (NORMALIZED_REISSUE_MARK)
        "A\\78\\265|A/78/265|document",
        "\"A/78/265\"|A/78/265|document",
        "[A/78/265]|A/78/265|document",
        "A/78/L1|A/78/L.1|draft",
        "A/78/265/Rev:1|A/78/265/Rev.1|document",
        "A_RES_ES-10_22-FR.pdf|A/RES/ES-10/22|resolution",
        "S-PV-9000|S/PV.9000|meeting-record",
        "TD/B/C.1/IRON ORE/1|TD/B/C.1/IRON ORE/1|document",
    })
    void parsesRealSymbols(String input, String canonical, String kind) {
        DocumentSymbol s = valid(input);
        assertEquals(canonical, s.canonical());
        assertEquals(kind, s.kind().wireName());
    }

    @Test
    void exposesComponents() {
        DocumentSymbol s = valid("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1");
        assertEquals("E", s.root());
        assertEquals(List.of("CN.4", "Sub.2", "AC.2"), s.bodies());
        assertEquals("E/CN.4/Sub.2/AC.2", s.series());
        assertEquals(1987, s.year().getAsInt());
        assertEquals("WP", s.nature().orElseThrow());
        assertEquals("4", s.number().orElseThrow());
        assertEquals(List.of(new Modifier(Modifier.Type.ADD, 1)), s.modifiers());
        assertEquals("E/CN.4/Sub.2/AC.2/1987/WP.4", s.baseCanonical());

        DocumentSymbol r = valid("A/RES/1514 (XV)");
        assertEquals("XV", r.session().orElseThrow());
        assertEquals(List.of("XV"), r.parentheticals());

        DocumentSymbol sc = valid("S/RES/2719 (2023)");
        assertEquals(2023, sc.year().getAsInt());
        assertEquals("2719", sc.number().orElseThrow());

        DocumentSymbol ccpr = valid("CCPR/C/95/D/1479/2006");
        assertEquals("95", ccpr.session().orElseThrow());
        assertEquals("1479/2006", ccpr.number().orElseThrow());
        assertEquals(2006, ccpr.year().getAsInt());
    }

    @Test
    void seriesLookupInPlaceFindsWhatTheStringLookupFinds() {
        BodyRegistry registry = BodyRegistry.bundled();
        for (Body b : registry.all()) {
            for (String series : List.of(b.prefix(), b.prefix() + "/WG.1", b.prefix() + "/AC.7/Sub.2", "X" + b.prefix())) {
                String around = "((" + series + "))";
                assertEquals(registry.longestPrefix(series).orElse(null),
                        registry.longestPrefix(around, 2, around.length() - 2), series);
            }
        }
    }

    @Test
    void eachCaseChangeIsReportedOnce() {
        ParseResult r = parser.parse("e/cn.4/sub.2/2005/l.10/add.1");
        assertEquals("E/CN.4/Sub.2/2005/L.10/Add.1", r.symbol().orElseThrow().canonical());
        assertEquals(List.of("'e' written as 'E'.", "'cn.4' written as 'CN.4'.", "'sub.2' written as 'Sub.2'.",
                "'l.10' written as 'L.10'.", "'add.1' written as 'Add.1'."),
                r.findings().stream().map(Finding::message).toList());
        assertTrue(r.findings().stream().allMatch(f -> f.code() == FindingCode.NORMALIZED_CASE));
    }

    @Test
    void reissueIsAFlagNotIdentity() {
        DocumentSymbol s = valid("S/2022/10/Add.10*");
        assertTrue(s.reissued());
        assertEquals("S/2022/10/ADD.10", s.key());
        assertEquals(valid("S/2022/10/Add.10"), s);
        assertEquals("S/2022/10", s.baseCanonical());
    }

    @Test
    void jointSymbolIsAnOrderedListOfSingles() {
        DocumentSymbol s = valid("E/2005/23 – E/CN.4/2005/135");
        assertTrue(s.isJoint());
        assertEquals("E/2005/23-E/CN.4/2005/135", s.canonical());
        assertEquals(List.of("E/2005/23", "E/CN.4/2005/135"), s.singles().stream().map(DocumentSymbol::canonical)
                .toList());
        assertEquals("E", s.root());
    }

    @Test
    void decisionKeyIsValidButNotOfficial() {
        ParseResult r = parser.parse("A/DEC/78/541");
        assertTrue(r.valid());
        assertEquals(SymbolKind.DECISION, r.symbol().orElseThrow().kind());
        assertEquals(FindingCode.NOT_AN_OFFICIAL_SYMBOL, r.warnings().get(0).code());
    }

    @Test
    void placeholderIsRejectedWithItsPlace() { // a pattern or a draft's blank, no document (issue 12)
        ParseResult r = parser.parse("A/AC.292/2024/CRP.X");
        assertEquals(Tier.MALFORMED, r.tier());
        assertTrue(r.isPlaceholder());
        assertTrue(r.symbol().isEmpty());
        Finding f = r.errors().get(0);
        assertEquals("CRP.X", r.input().substring(f.start(), f.end()));
    }

    @Test
    void bodyOutsideItsValidityIsAWarning() {
        ParseResult r = parser.parse("E/CN.4/2007/1");
        assertTrue(r.valid());
        assertEquals(FindingCode.BODY_OUTSIDE_VALIDITY, r.warnings().get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A/81/1|true",
        "A/82/1|false",
        "S/2026/1|true",
        "S/2027/1|false",
        "A/RES/30/1|false",
    })
    void currentSessionComesFromTheClock(String input, boolean valid) {
        assertEquals(valid, parser.parse(input).valid(), input);
    }

    @Test
    void gaSessionOpensInSeptember() {
        Clock august = Clock.fixed(Instant.parse("2026-08-31T12:00:00Z"), ZoneOffset.UTC);
        SymbolParser before = new SymbolParser(BodyRegistry.bundled(), august);
        assertEquals(80, before.currentSession());
        assertFalse(before.parse("A/81/1").valid());
        assertEquals(81, parser.currentSession());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A/78/265/Add.|A/78/265/Add.1",
        "A/C.1./78/L.11|A/C.1/78/L.11",
        "A/55/305S/2000/809|A/55/305-S/2000/809",
        "A/78/265/Adendum.1|A/78/265/Add.1",
        "A/78/265/Revision.2|A/78/265/Rev.2",
        "A/78/265 and Corr.1|A/78/265",
        "A/C.3/59/SR.24-34|A/C.3/59/SR.24",
        "*A/78/265|A/78/265",
        "A//78/265|A/78/265",
        "S/RES/2719 (2023|S/RES/2719 (2023)",
    })
    void suggestsTheLikelySymbol(String input, String suggestion) {
        ParseResult r = parser.parse(input);
        assertFalse(r.valid());
        assertEquals(suggestion, r.suggestions().get(0), () -> input + " -> " + r.suggestions());
    }

    @Test
    void offsetsPointIntoTheOriginalInput() {
        String input = "U.N. Doc. Ａ/７８/２６５/corr.l";
        ParseResult r = parser.parse(input);
        assertTrue(r.valid(), r.findings()::toString);
        assertEquals("A/78/265/Corr.1", r.symbol().orElseThrow().canonical());
        for (Finding f : r.findings()) {
            assertTrue(f.start() >= 0 && f.end() <= input.length() && f.start() <= f.end(), f::toString);
        }
        Finding ocr = r.findings().stream().filter(f -> f.code() == FindingCode.NORMALIZED_OCR).findFirst()
                .orElseThrow();
        assertEquals("corr.l", input.substring(ocr.start(), ocr.end()));
        Finding prefix = r.findings().stream().filter(f -> f.code() == FindingCode.NORMALIZED_PREFIX).findFirst()
                .orElseThrow();
        assertEquals(0, prefix.start());
        Finding unicode = r.findings().stream().filter(f -> f.code() == FindingCode.NORMALIZED_UNICODE).findFirst()
                .orElseThrow();
        assertEquals("Ａ", input.substring(unicode.start(), unicode.end()));
    }

    @Test
    void bidiMarksAndPersianDigitsAreRemovedAndRead() {
        ParseResult r = parser.parse("\u200FA/۷۸/265\u200E");
        assertTrue(r.valid());
        assertEquals("A/78/265", r.symbol().orElseThrow().canonical());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == FindingCode.NORMALIZED_DIGITS));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == FindingCode.NORMALIZED_UNICODE && w.start() == 0));
    }

    @Test
    void formatsForOtherSystems() {
        DocumentSymbol s = valid("S/RES/2719 (2023)");
        assertEquals("S/RES/2719 (2023)", parser.format(s, SymbolFormat.CANONICAL));
        assertEquals("S/RES/2719(2023)", parser.format(s, SymbolFormat.KEY));
        assertEquals("S/RES/2719(2023)", parser.format(s, SymbolFormat.ODS));
        assertEquals("S_RES_2719 (2023)", parser.format(s, SymbolFormat.FILE_NAME));
        DocumentSymbol r = valid("A/78/251*");
        assertEquals("A/78/251", parser.format(r, SymbolFormat.ODS));
    }

    @Test
    void registryIsLoadedFromData() {
        BodyRegistry registry = BodyRegistry.bundled();
        Body oewg = registry.find("a/ac.292").orElseThrow();
        assertEquals(2021, oewg.validFrom());
        assertEquals(2025, oewg.validTo());
        assertTrue(oewg.name("en").orElseThrow().startsWith("Open-ended working group on security of and in the use"));
        assertEquals(2006, registry.find("E/CN.4").orElseThrow().validTo());
        assertEquals(2006, registry.find("A/HRC").orElseThrow().validFrom());
        assertEquals(1994, registry.find("T").orElseThrow().validTo());
        assertEquals("E/CN.4/Sub.2", registry.longestPrefix("E/CN.4/Sub.2/AC.2").orElseThrow().prefix());
        assertTrue(BodyRegistry.bundled() == registry, "loaded once");
        for (String root : List.of("A", "S", "E", "T", "ST", "CCPR", "CERD", "CEDAW", "CAT", "CRC", "CMW", "CED",
                "CRPD", "HRI", "DP", "TD", "UNEP", "FCCC", "CD", "ECE", "CAC", "ICEF", "HR")) {
            assertTrue(registry.isKnownRoot(root), root);
        }
    }
}
