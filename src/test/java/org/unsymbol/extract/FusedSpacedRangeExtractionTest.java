package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, classes 7 (fused text), 8 (lookalike letters, letter-spaced OCR) and 10 (ranges of documents) in written
 * symbols, and the precision rules that keep citation dates, series patterns and publication codes out. The corpus
 * lines (src/test/resources/corpus/passages/passages.jsonl: en-020, es-011, ar-015, ru-011, en-100, en-101, en-105,
 * en-133, en-142) are among the examples; the others vary numbers, roots, languages and spacing.
 */
class FusedSpacedRangeExtractionTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(text, null);
    }

    private static List<String> symbols(String text) {
        return extract(text).references().stream().map(Reference::symbol).toList();
    }

    private static List<String> split(String expected) {
        return expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    }

    private static boolean noticed(Extraction x, NoticeCode code) {
        return x.notices().stream().anyMatch(n -> n.code() == code);
    }

    // ---- class 7: fused text ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a registered root glued to the word before it
        "el Consejo de SeguridadS/2016/436 y|S/2016/436",
        "Report of the GeneralAssemblyA/47/19 on|A/47/19",
        "le rapport du ComitéCRC/C/15/Add.238 sur|CRC/C/15/Add.238",
        "доклад Совета БезопасностиS/2019/12 от|S/2019/12",
        // a masthead date glued before the root: a month name, then the year
        "Distr.: General 1 August 2023A/78/265 Original: English|A/78/265",
        "Distr. générale 2 de agosto de 2023S/2023/5|S/2023/5",
        "12 марта 2019 годаA/HRC/40/57|A/HRC/40/57",
        // a date glued to the last number: a month and a year follow
        "Distr.GENERAL CRC/C/COL/CO/38 de junio de 2006 ESPAÑOL|CRC/C/COL/CO/3",
        "CRC/C/15/Add.23830 juin 2004|CRC/C/15/Add.238",
        "S/2016/4361 May 2016 Original: English|S/2016/436",
        "A/HRC/40/5712 March 2019|A/HRC/40/57",
        "S/2001/6715 июля 2001 года|S/2001/67",
        "E/CN.4/2005/10830 April 2005|E/CN.4/2005/108",
        // two symbols glued: different series make a joint symbol; the same twice, or one series, two documents
        "CONTENTS ISBA/24/A/6ISBA/24/C/19 Report|ISBA/24/A/6-ISBA/24/C/19",
        "A/55/305S/2000/809 Comprehensive review|A/55/305-S/2000/809",
        "A/AC.109/2019/L.18A/AC.109/2019/L.18 United Nations|A/AC.109/2019/L.18;A/AC.109/2019/L.18",
        "E/2023/56E/2023/56|E/2023/56;E/2023/56",
        "ISBA/24/A/2ISBA/24/A/3|ISBA/24/A/2;ISBA/24/A/3",
    })
    void fusedTextIsCut(String text, String expected) {
        Extraction x = extract(text);
        assertEquals(split(expected), x.references().stream().map(Reference::symbol).toList());
        assertTrue(noticed(x, NoticeCode.FUSED_TEXT_SPLIT), "the repair is reported: " + x.notices());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a lower-case word before something that is not a registered root stays unread, as before
        "see wordXYZ/2016/436 here|",
        "myClassQ/12/3|",
        // a space before the date: nothing is glued
        "CRC/C/COL/CO/3 8 de junio de 2006|CRC/C/COL/CO/3",
        "S/2016/436 1 May 2016|S/2016/436",
        // a month without a year after it is not a masthead date; nor is a number that is not a day
        "see A/78/265 May contain|A/78/265",
        "A/78/1240 June 2023|A/78/1240",
        "E/CN.4/1998/53/Add.2 and more|E/CN.4/1998/53/Add.2",
        // a year without a month before it, or a number that is no year, still glues
        "in 2023A/78/1 and 12345A/78/2|",
        "1 2023A/78/265|",
        // URLs and paths are still skipped whole
        "https://undocs.org/A/78/265|",
        "docs.example.org/en/A/78/265|",
    })
    void nothingGluedNothingCut(String text, String expected) {
        Extraction x = extract(text);
        assertEquals(split(expected), x.references().stream().map(Reference::symbol).toList());
        assertFalse(noticed(x, NoticeCode.FUSED_TEXT_SPLIT), "no repair: " + x.notices());
    }

    @Test
    void aCutSymbolSpansOnlyItself() {
        String text = "Consejo de SeguridadS/2016/436 y CO/x CRC/C/COL/CO/38 de junio de 2006";
        List<Reference> refs = extract(text).references();
        assertEquals("S/2016/436", refs.get(0).text());
        assertEquals(text.indexOf("S/2016"), refs.get(0).start());
        assertEquals("CRC/C/COL/CO/3", refs.get(1).text());
        assertEquals(text.indexOf("8 de junio"), refs.get(1).end());
    }

    // ---- class 8: lookalike capitals and letter spacing ----

    @Test
    void cyrillicAndGreekCapitalsInALatinShapedSymbolReachTheParserAsWritten() {
        String ru = "Код | \u0410/60/285 ( Документ ) и CRC/C/\u0421AF/2, \u0395/2023/5.";
        List<Reference> refs = extract(ru).references();
        assertEquals(List.of("\u0410/60/285", "CRC/C/\u0421AF/2", "\u0395/2023/5"),
                refs.stream().map(Reference::text).toList());
        assertEquals(ru.indexOf('\u0410'), refs.get(0).start());
        assertEquals(ru.indexOf("\u0410/60/285") + 8, refs.get(0).end());
    }

    @Test
    void anOcrZeroInsideARegisteredRootIsPassedToTheParserAsWritten() {
        List<Reference> refs = extract("| SPL0S/2019/1 | List; L0X/1/2 and X0/1/2").references();
        assertEquals(List.of("SPL0S/2019/1"), refs.stream().map(Reference::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Организация ООН/2020/1 работает",  // every letter a lookalike, but OOH is no root
        "МВД/2020/15",                       // Д is no lookalike
        "ДОКУМЕНТА/60/285",                  // a Cyrillic word ending in lookalikes
        "в/ч 12345",
        "Αθήνα ΑΘΗ/2020/3",                  // Greek capitals that fold to no root
    })
    void cyrillicWordsAreNotSymbols(String text) {
        assertEquals(List.of(), symbols(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Официальные отчеты, документ \u0410 /3 4 /3 3 (1979)|\u0410/34/33|\u0410 /3 4 /3 3",
        "see A /3 4 /3 3 and more|A/34/33|A /3 4 /3 3",
        "S /2 0 0 0 /1 7 7 of 3 March|S/2000/177|S /2 0 0 0 /1 7 7",
        "E / 1 9 9 8 / 5 3 report|E/1998/53|E / 1 9 9 8 / 5 3",
    })
    void letterSpacedSymbolsAreJoinedWhenTheJoinedFormParses(String text, String joined, String span) {
        Extraction x = extract(text);
        Reference r = x.references().get(0);
        assertEquals(span, r.text());
        assertEquals(joined, r.symbol().equals(joined) ? r.symbol() : Chars.foldLookalikes(r.text()).isEmpty()
                ? "" : r.text().replace(" ", ""));
        assertEquals(1, x.references().size());
        assertTrue(noticed(x, NoticeCode.LETTER_SPACING_JOINED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "page 3 4 5 and 6 7|",
        "see A/1 2 May|A/1",        // one spaced component: not letter spacing
        "XQ /3 4 /3 3|",            // no registered root: never joined
        "ratio 3 4 / 5 6|",
    })
    void proseDigitsAreNeverJoined(String text, String expected) {
        Extraction x = extract(text);
        assertEquals(split(expected), x.references().stream().map(Reference::symbol).toList());
        assertFalse(noticed(x, NoticeCode.LETTER_SPACING_JOINED));
    }

    // ---- class 10: ranges of documents ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "documents A/78/1 to A/78/5.|A/78/1;A/78/2;A/78/3;A/78/4;A/78/5",
        "S/2024/1-S/2024/4|S/2024/1;S/2024/2;S/2024/3;S/2024/4",
        "A/HRC/55/L.1\u2013A/HRC/55/L.3|A/HRC/55/L.1;A/HRC/55/L.2;A/HRC/55/L.3",
        "les documents A/C.3/78/L.10 à A/C.3/78/L.12|A/C.3/78/L.10;A/C.3/78/L.11;A/C.3/78/L.12",
        "del E/2023/10 al E/2023/12|E/2023/10;E/2023/11;E/2023/12",
        "документы S/2023/7 по S/2023/9|S/2023/7;S/2023/8;S/2023/9",
        "الوثائق A/77/3 إلى A/77/5|A/77/3;A/77/4;A/77/5",
        "文件A/78/1至A/78/3|A/78/1;A/78/2;A/78/3",
        "文件A/78/1到A/78/2|A/78/1;A/78/2",
        "A/78/1 \u2013 A/78/3|A/78/1;A/78/2;A/78/3",
        "A/CN.4/100 through A/CN.4/102|A/CN.4/100;A/CN.4/101;A/CN.4/102",
    })
    void shortRangesAreExpanded(String text, String expected) {
        assertEquals(split(expected), symbols(text));
    }

    @Test
    void aRangeSharesTheSummaryRecordSpanRule() {
        String text = "A/78/1 to A/78/4";
        List<Reference> refs = extract(text).references();
        assertEquals(4, refs.size());
        assertEquals(0, refs.get(0).start());
        assertTrue(refs.get(0).linkable());
        for (Reference r : refs.subList(1, 3)) { // the items between span the upper end and are not linked
            assertEquals("A/78/4", r.text());
            assertFalse(r.linkable());
            assertEquals(ReferenceForm.INHERITED, r.form());
        }
        assertEquals("A/78/4", refs.get(3).text());
        assertTrue(refs.get(3).linkable());
        assertEquals(ReferenceForm.WRITTEN, refs.get(3).form());
    }

    @Test
    void aLongRangeGivesItsEndsAndANotice() {
        Extraction x = extract("A/HRC/55/L.1\u2013A/HRC/55/L.40 and S/2024/1 to S/2024/"
                + (WrittenSymbols.DOCUMENT_RANGE_CAP + 1));
        assertEquals(List.of("A/HRC/55/L.1", "A/HRC/55/L.40", "S/2024/1", "S/2024/" + (WrittenSymbols.DOCUMENT_RANGE_CAP + 1)),
                x.references().stream().map(Reference::symbol).toList());
        assertEquals(2, x.notices().stream().filter(n -> n.code() == NoticeCode.DOCUMENT_RANGE_NOT_EXPANDED).count());
        assertEquals(WrittenSymbols.DOCUMENT_RANGE_CAP, symbols("S/2024/1 to S/2024/"
                + WrittenSymbols.DOCUMENT_RANGE_CAP).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a joint symbol of two series is not a range
        "A/55/305-S/2000/809|A/55/305-S/2000/809",
        "ISBA/25/A/10-ISBA/25/C/31|ISBA/25/A/10-ISBA/25/C/31",
        // descending, or ends of different series: the two symbols as written
        "A/78/5 to A/78/1|A/78/5;A/78/1",
        "A/78/1 to S/2024/5|A/78/1;S/2024/5",
        "A/78/1 to A/79/5|A/78/1;A/79/5",
        "A/78/L.1 to A/78/5|A/78/L.1;A/78/5",
        // a "to" followed by no symbol
        "from A/78/1 to 3 May|A/78/1",
        // the summary-record ranges keep their own rule
        "CRC/C/SR.243-245|CRC/C/SR.243;CRC/C/SR.244;CRC/C/SR.245",
    })
    void notARangeOfDocuments(String text, String expected) {
        Extraction x = extract(text);
        assertEquals(split(expected), x.references().stream().map(Reference::symbol).toList());
        assertFalse(noticed(x, NoticeCode.DOCUMENT_RANGE_NOT_EXPANDED));
    }

    // ---- precision ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a year in parentheses is the citation's date, except after a resolution
        "U.N. Doc. S/25704/Add.1 (1993), adopted|S/25704/Add.1",
        "U.N. Doc. IT/32/Rev.7 (1996), entered into force|IT/32/Rev.7",
        "U.N. Doc. CRC/C/15/Add.117(2000).|CRC/C/15/Add.117",
        "U.N. Doc. S/RES/827 (1993).|S/RES/827 (1993)",
        "S/RES/2719(2023) and A/RES/1514 (XV)|S/RES/2719 (2023);A/RES/1514 (XV)",
        // a series pattern names no document
        "series symbols: T/AC.4/-- (1947), T/C.2/-- (1952-1961) and A/C.5/\u2014|",
        // publication and job codes with a language letter
        "ISA/02/04.E Copyright|",
        "ISBA/19/A/1.F and ECE/TRADE/400.R|",
        // but a sentence that lost its space after a symbol's period keeps the symbol
        "A/78/265.The report|A/78/265",
        "A/78/265The next report|A/78/265",
        // a modifier glued by a dot is still read as one ("4.Add.1" is the parser's to normalise)
        "E/CN.4/1985/4.Add.1 and more|E/CN.4/1985/4/Add.1",
        // an agenda sub-item's document keeps its letter; a registered root after the dash is a joint symbol
        "(WFP/EB.2/2009/6-G) and WFP/EB.1/2011/5-B.|WFP/EB.2/2009/6-G;WFP/EB.1/2011/5-B",
        "A/55/305-S/2000/809|A/55/305-S/2000/809",
    })
    void precisionRules(String text, String expected) {
        assertEquals(split(expected), symbols(text));
    }
}
