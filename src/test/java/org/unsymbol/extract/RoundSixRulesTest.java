package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * The rules written from the round-six failures (issue 12), each from made-up sentences of its class (not the corpus
 * lines) and each with decoys it must leave alone.
 */
class RoundSixRulesTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    private static void check(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    static Stream<Arguments> minusSignRanges() {
        return Stream.of(
                Arguments.of(Language.RU, "см. доклад E/2019/9/Add.2\u22124", List.of("E/2019/9/Add.2",
                        "E/2019/9/Add.3", "E/2019/9/Add.4")),
                Arguments.of(Language.RU, "(A/HRC/40/CRP.2/Add.1\u22122; A/HRC/40/3)", List.of("A/HRC/40/CRP.2/Add.1",
                        "A/HRC/40/CRP.2/Add.2", "A/HRC/40/3")),
                Arguments.of(Language.EN, "summary records E/C.12/2001/SR.4\u20106", List.of("E/C.12/2001/SR.4",
                        "E/C.12/2001/SR.5", "E/C.12/2001/SR.6")),
                // decoys: a negative figure and a minus between numbers that are not a range
                Arguments.of(Language.RU, "доклад A/74/5 (\u22123 процента)", List.of("A/74/5")),
                Arguments.of(Language.EN, "see A/74/5, a change of 7\u22123 points", List.of("A/74/5")));
    }

    /** The minus sign U+2212 and the hyphen U+2010, which Russian word processors write for a range's dash. */
    @ParameterizedTest
    @MethodSource("minusSignRanges")
    void minusSignAsARangeDash(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> repeatedTypeAfterTo() {
        return Stream.of(
                Arguments.of(Language.ES, "los informes (A/HRC/7/3 y Add.1 a Add.3)", List.of("A/HRC/7/3",
                        "A/HRC/7/3/Add.1", "A/HRC/7/3/Add.2", "A/HRC/7/3/Add.3")),
                Arguments.of(Language.FR, "les rapports A/HRC/7/3 et Add.1 à Add.2", List.of("A/HRC/7/3",
                        "A/HRC/7/3/Add.1", "A/HRC/7/3/Add.2")),
                Arguments.of(Language.EN, "the records E/C.12/2001/SR.24 to SR.26", List.of("E/C.12/2001/SR.24",
                        "E/C.12/2001/SR.25", "E/C.12/2001/SR.26")),
                // decoys: a word after "a", and a type with no number
                Arguments.of(Language.ES, "el informe A/HRC/7/3 y Add.1 a Addis Abeba", List.of("A/HRC/7/3",
                        "A/HRC/7/3/Add.1")),
                Arguments.of(Language.EN, "the report A/HRC/7/3 and Add.1 to Add. The", List.of("A/HRC/7/3",
                        "A/HRC/7/3/Add.1")));
    }

    /** "Add.1 a Add.4", "SR.24 to SR.26": a range whose upper end repeats the modifier or record type. */
    @ParameterizedTest
    @MethodSource("repeatedTypeAfterTo")
    void rangeWordBeforeTheRepeatedType(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> partsOfADocument() {
        return Stream.of(
                Arguments.of(Language.EN, "the draft (A/HRC/40/CRP.1/Part. II and Add.1)", List.of(
                        "A/HRC/40/CRP.1/Part.II", "A/HRC/40/CRP.1/Add.1")),
                Arguments.of(Language.RU, "проект A/HRC/40/CRP.1/Part.I и Add.1−2", List.of("A/HRC/40/CRP.1/Part.I",
                        "A/HRC/40/CRP.1/Add.1", "A/HRC/40/CRP.1/Add.2")),
                // decoy: a sentence after "Part." is no Roman numeral
                Arguments.of(Language.EN, "the draft A/HRC/40/CRP.1/Part. In the end", List.of(
                        "A/HRC/40/CRP.1/Part")));
    }

    /** "CRP.1/Part. I": a part's Roman numeral after a space; a modifier listed after a part is the document's. */
    @ParameterizedTest
    @MethodSource("partsOfADocument")
    void partOfADocumentAndItsSiblings(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> numberWordsAndEarlier() {
        return Stream.of(
                Arguments.of(Language.ES, "El Consejo de Seguridad, reafirmando sus resoluciones anteriores número "
                        + "1754, 1783 y 1871 sobre el Sahara", List.of("S/RES/1754", "S/RES/1783", "S/RES/1871")),
                Arguments.of(Language.ES, "El Consejo de Seguridad, recordando su resolución número 2139",
                        List.of("S/RES/2139")),
                Arguments.of(Language.EN, "Security Council resolution number 1325 (2000)",
                        List.of("S/RES/1325 (2000)")),
                Arguments.of(Language.FR, "l'Assemblée générale, rappelant ses résolutions antérieures 66/12 et 67/3",
                        List.of("A/RES/66/12", "A/RES/67/3")),
                // decoys: a law's article number and a bare "number"
                Arguments.of(Language.ES, "el artículo número 5 de la ley", List.of()),
                Arguments.of(Language.EN, "the number 1325 is not a resolution here", List.of()));
    }

    /** "número", "number", "номер" as number words; "anteriores", "previous" between the keyword and the number. */
    @ParameterizedTest
    @MethodSource("numberWordsAndEarlier")
    void numberWordsAndEarlierResolutions(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> chineseKeywordBeforeTheNumber() {
        return Stream.of(
                Arguments.of(Language.ZH, "安理会决议2631号延长了任务期限。", List.of("S/RES/2631")),
                Arguments.of(Language.ZH, "安全理事会决议第2231(2015)号核可了该计划。", List.of("S/RES/2231 (2015)")),
                // decoys: no 号 after the number (a paragraph, a count, a year)
                Arguments.of(Language.ZH, "安理会决议2段规定", List.of()),
                Arguments.of(Language.ZH, "安理会决议20个国家参加", List.of()),
                Arguments.of(Language.ZH, "安理会该决议2023年通过", List.of()));
    }

    /** 安理会决议2678号: the keyword before the number, which 号 closes. */
    @ParameterizedTest
    @MethodSource("chineseKeywordBeforeTheNumber")
    void chineseKeywordBeforeTheNumber(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> chineseHeadings() {
        return Stream.of(
                Arguments.of(Language.ZH, "第2719(2023)号决议\n2023年12月21日安全理事会第9520次会议通过\n安全理事会,\n"
                        + "回顾其第2231(2015)号决议,", List.of("S/RES/2231 (2015)")),
                Arguments.of(Language.ZH, "第58/11號決議\n2003年11月10日大會第52次全體會議通過", List.of()),
                // decoys: a list of resolutions one per line, and a heading-like line without the adoption line
                Arguments.of(Language.ZH, "安理会通过了以下决议:\n第2719(2023)号决议\n第2720(2023)号决议",
                        List.of("S/RES/2719 (2023)", "S/RES/2720 (2023)")),
                Arguments.of(Language.ZH, "第2719(2023)号决议\n安全理事会回顾该决议", List.of("S/RES/2719 (2023)")));
    }

    /** 第2734(2024)号决议 alone on its line above "…会议通过": the resolution's own heading, not a citation. */
    @ParameterizedTest
    @MethodSource("chineseHeadings")
    void chineseResolutionHeading(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> gluedConjunctionAndMovedParenthesis() {
        return Stream.of(
                Arguments.of(Language.AR, "(A/HRC/40/3 وAdd.1 وAdd.2و(Add.3\n", List.of("A/HRC/40/3", "A/HRC/40/3/Add.1",
                        "A/HRC/40/3/Add.2", "A/HRC/40/3/Add.3")),
                // decoy: an Arabic list mark after the conjunction is no modifier
                Arguments.of(Language.AR, "الوثيقة A/HRC/40/3و(أ) من المادة", List.of("A/HRC/40/3")));
    }

    /** "Add.2و(Add.3": the glued و, then the parenthesis that bidi reordering moved before the last item. */
    @ParameterizedTest
    @MethodSource("gluedConjunctionAndMovedParenthesis")
    void gluedConjunctionBeforeAMovedParenthesis(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> splitOrdinals() {
        return Stream.of(
                Arguments.of(Language.FR, "Rappelant ses résolutions 54/55 B du 1 er décembre 1999, 55/34 D du 20 "
                        + "novembre 2000 et 56/25 D,", List.of("A/RES/54/55 B", "A/RES/55/34 D", "A/RES/56/25 D")),
                Arguments.of(Language.EN, "Recalling its resolutions 60/1 of 1 st October 2005 and 61/2,",
                        List.of("A/RES/60/1", "A/RES/61/2")),
                // decoy: a word after the day that is no ordinal suffix ends the list as before
                Arguments.of(Language.FR, "Rappelant ses résolutions 54/55 du 1 erreur 1999, 55/34",
                        List.of("A/RES/54/55")));
    }

    /** "du 1 er décembre 1999": a day's ordinal suffix split from it by a space, inside a dated list. */
    @ParameterizedTest
    @MethodSource("splitOrdinals")
    void ordinalSuffixSplitFromItsDay(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }
}
