package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * The rules written from the round-four failures (issue 12; Arabic, Chinese, Russian and Spanish text, see
 * {@code corpus/round4/README.md}). The sentences are made up for each rule, in the forms the failures showed, and each
 * rule has decoys it must not match.
 */
class RoundFourRulesTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    private static void check(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    /** The Assembly numbers session/number only from its 31st session: "resolution 5/3" is another body's. */
    static Stream<Arguments> slashSessions() {
        return Stream.of(
                Arguments.of(Language.EN, "By its resolution 5/3, the Conference decided to set up a working group.",
                        List.of()),
                Arguments.of(Language.RU, "В резолюции 7/1 Конференция участников постановила", List.of()),
                Arguments.of(Language.EN, "Recalling its resolution 31/1 and resolution S-10/2,",
                        List.of("A/RES/31/1", "A/RES/S-10/2")),
                Arguments.of(Language.ES, "la resolución 30/12 y la resolución 41/128", List.of("A/RES/41/128")),
                // decoy: the Human Rights Council numbers from its first session; the rule is the Assembly's
                Arguments.of(Language.EN, "Human Rights Council resolution 5/1", List.of("A/HRC/RES/5/1")),
                // but the Assembly named beside the Council still competes for the number: neither is chosen
                Arguments.of(Language.EN, "Recalling the resolutions of the General Assembly and of the Human Rights "
                        + "Council, in particular resolution 7/1,", List.of()));
    }

    @ParameterizedTest
    @MethodSource("slashSessions")
    void assemblySlashNumbersStartAtTheThirtyFirstSession(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** The Arabic session word written out in the parenthesis: "قرارها 217 (الدورة 3)" is 217 (III). */
    static Stream<Arguments> arabicSessionWords() {
        return Stream.of(
                Arguments.of(Language.AR, "إن الجمعية العامة، إذ تشير إلى قرارها 217 (الدورة 3) المتخذ في 10 كانون "
                        + "الأول (ديسمبر) 1948،", List.of("A/RES/217 (III)")),
                Arguments.of(Language.AR, "وإذ تشير إلى قرارها 1514 (الدورة - 15)،", List.of("A/RES/1514 (XV)")),
                Arguments.of(Language.AR, "وإذ تشير إلى قرارها 2005 (الدورة20)،", List.of("A/RES/2005 (XX)")),
                // decoys: no Roman-numbered session after the thirtieth; the session named in words is a date
                Arguments.of(Language.AR, "وإذ تشير إلى قرارها 12 (الدورة 45)،", List.of()),
                Arguments.of(Language.AR, "وإذ تشير إلى قرارها 217 (الدورة الثالثة)،", List.of()));
    }

    @ParameterizedTest
    @MethodSource("arabicSessionWords")
    void arabicSessionWrittenOut(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** The session ordinal of the Assembly before a Chinese citation: "第二十六届联合国大会…第2758号决议". */
    static Stream<Arguments> chineseSessions() {
        return Stream.of(
                Arguments.of(Language.ZH, "1971年10月25日,第二十六届联合国大会通过了第2758号决议,", 
                        List.of("A/RES/2758 (XXVI)")),
                Arguments.of(Language.ZH, "1950年,第5届联合国大会通过了第396号决议。", List.of("A/RES/396 (V)")),
                Arguments.of(Language.ZH, "第十四届大会以多数通过了第1386号决议", List.of("A/RES/1386 (XIV)")),
                // 联大, the short name, also where the Security Council was named earlier in the paragraph
                Arguments.of(Language.ZH, "改革安理会的呼声越来越迫切。1993年12月3日,第48届联大采纳了48/26号决议",
                        List.of("A/RES/48/26")),
                // decoys: a session after the thirtieth numbers session/number; a session of another body; a full stop
                Arguments.of(Language.ZH, "第七十届联合国大会通过了第1号决议", List.of()),
                Arguments.of(Language.ZH, "第二十六届会议通过了第2758号决议", List.of()),
                Arguments.of(Language.ZH, "第二十六届联合国大会闭幕。次日,大会通过了第2758号决议", List.of()));
    }

    @ParameterizedTest
    @MethodSource("chineseSessions")
    void chineseAssemblySessionOrdinal(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** Fixed-width copies break the line inside a list: "1199\n(1998)", "59/83 и\n59/102". */
    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                Arguments.of(Language.RU, "ссылаясь на свои резолюции 1160 (1998) от 31 марта 1998 года, 1199\n"
                        + "(1998) от 23 сентября 1998 года,", List.of("S/RES/1160 (1998)", "S/RES/1199 (1998)")),
                Arguments.of(Language.RU, "включая свои резолюции 59/77, 59/83 и\n59/102 от 3 декабря 2004 года",
                        List.of("A/RES/59/77", "A/RES/59/83", "A/RES/59/102")),
                Arguments.of(Language.RU, "ссылаясь на свои резолюции 1203 (1998) от 24 октября 1998\nгода и 1239 "
                        + "(1999) от 14 мая 1999 года,", List.of("S/RES/1203 (1998)", "S/RES/1239 (1999)")),
                Arguments.of(Language.EN, "recalling its resolutions 61/1 and\n61/2,",
                        List.of("A/RES/61/1", "A/RES/61/2")),
                // decoys: an empty line between is the end of the list
                Arguments.of(Language.RU, "ссылаясь на свои резолюции 1160 (1998) и 1199\n\n(1998)",
                        List.of("S/RES/1160 (1998)")),
                Arguments.of(Language.EN, "recalling its resolutions 61/1 and\n\n61/2,", List.of("A/RES/61/1")));
    }

    @ParameterizedTest
    @MethodSource("lineBreaks")
    void listsAcrossFixedWidthLineBreaks(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** Ranges that write the dotted type again, or end the last plain number: "SR.58-SR.61", "79/8-11". */
    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of(Language.EN, "as reflected in A/CONF.62/SR.58-SR.61.", List.of("A/CONF.62/SR.58",
                        "A/CONF.62/SR.59", "A/CONF.62/SR.60", "A/CONF.62/SR.61")),
                Arguments.of(Language.ES, "véanse UNEP/OzL.Pro/ExCom/79/8-11.", List.of("UNEP/OzL.Pro/ExCom/79/8",
                        "UNEP/OzL.Pro/ExCom/79/9", "UNEP/OzL.Pro/ExCom/79/10", "UNEP/OzL.Pro/ExCom/79/11")),
                // decoys: a treaty body's combined report; an upper bound below the lower one; a span of years
                Arguments.of(Language.EN, "its report CRC/C/DEU/5-6.", List.of("CRC/C/DEU/5-6")),
                Arguments.of(Language.EN, "see FCCC/SBI/1997/6-2 above", List.of("FCCC/SBI/1997/6")),
                Arguments.of(Language.EN, "see A/75/1995-2005 above", List.of("A/75/1995")));
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void rangesOfRecordsAndDocuments(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** A masthead root split after its first letter: "C ERD/C/URY/CO/21-23". */
    static Stream<Arguments> splitRoots() {
        return Stream.of(
                Arguments.of(Language.AR, "الأمم المتحدة\n\nC ERD/C/KEN/CO/5-7\n\nDistr.: General",
                        List.of("CERD/C/KEN/CO/5-7")),
                Arguments.of(Language.ZH, "联 合 国\n\nC EDAW/C/PER/CO/9\n\n", List.of("CEDAW/C/PER/CO/9")),
                // decoys: letters that are no registered root once joined; a registered root after the letter
                Arguments.of(Language.EN, "Part B E/2019/1 and annex", List.of("E/2019/1")),
                Arguments.of(Language.EN, "Annex A S/2019/5", List.of("S/2019/5")),
                // decoy: an OCR'd list of series with spaces everywhere ("T D /3 /W P/-") is no split root
                Arguments.of(Language.ZH, "中期计划和方案预算工作组 T D /3 /W P/-", List.of()));
    }

    @ParameterizedTest
    @MethodSource("splitRoots")
    void rootsSplitAfterTheirFirstLetter(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** A masthead job number glued after the symbol's last number: "JIU/REP/2019/6GE.\n19-16183". */
    static Stream<Arguments> jobNumbers() {
        return Stream.of(
                Arguments.of(Language.ZH, "JIU/REP/2021/3GE.\n21-04512内容提要", List.of("JIU/REP/2021/3")),
                Arguments.of(Language.ES, "E/2020/15V.20-01234 Capítulo I", List.of("E/2020/15")),
                // decoy: letters and a dot with no office number after them are read as before
                Arguments.of(Language.EN, "see A/75/1 GE. 2020", List.of("A/75/1")));
    }

    @ParameterizedTest
    @MethodSource("jobNumbers")
    void jobNumbersGluedAfterTheSymbol(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** A subsidiary body's element with its number where the root was left out is no symbol: "(WP.29/AC.2)". */
    static Stream<Arguments> bodyElements() {
        return Stream.of(
                Arguments.of(Language.RU, "Доклад Административного комитета (WP.11/AC.3) о работе", List.of()),
                // decoy: the same element inside its series
                Arguments.of(Language.RU, "в документе ECE/TRANS/WP.11/240", List.of("ECE/TRANS/WP.11/240")));
    }

    @ParameterizedTest
    @MethodSource("bodyElements")
    void bodyElementsWithoutTheirRoot(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** The Roman-numbered decisions of the Conference of the Parties to the Convention on Biological Diversity. */
    static Stream<Arguments> conventionDecisions() {
        return Stream.of(
                Arguments.of(Language.EN, "The Conference of the Parties, recalling its decision X/2 on the Strategic "
                        + "Plan,", List.of("UNEP/CBD/COP/DEC/X/2")),
                Arguments.of(Language.ZH, "生物多样性公约缔约方大会第十届会议第 X/2 号决定重申", List.of("UNEP/CBD/COP/DEC/X/2")),
                Arguments.of(Language.ES, "la Conferencia de las Partes, en su decisión IX/16,",
                        List.of("UNEP/CBD/COP/DEC/IX/16")),
                // decoys: a Roman decision of the Montreal Protocol's Meeting of the Parties; a prefixed decision of
                // the Cartagena Protocol; a Roman numeral with no decision word
                Arguments.of(Language.EN, "The Meeting of the Parties to the Montreal Protocol, recalling decision "
                        + "XXVIII/1,", List.of()),
                Arguments.of(Language.EN, "The Conference of the Parties, in decision BS-I/10,", List.of()),
                Arguments.of(Language.EN, "The Conference of the Parties, in chapter XI/2 of the report,", List.of()));
    }

    @ParameterizedTest
    @MethodSource("conventionDecisions")
    void biologicalDiversityConventionDecisions(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** Right-to-left text glues a meeting number before a root and the conjunction و before a sibling element. */
    static Stream<Arguments> arabicGlue() {
        return Stream.of(
                Arguments.of(Language.AR, "في جلستيها 1800 و1801CERD/C/SR.1800) وCERD/C/SR.1801)، المعقودتين",
                        List.of("CERD/C/SR.1800", "CERD/C/SR.1801")),
                Arguments.of(Language.AR, "في جلستيها 2700 و2701 (انظر CERD/C/SR.2700 وSR.2701) المعقودتين",
                        List.of("CERD/C/SR.2700", "CERD/C/SR.2701")),
                Arguments.of(Language.AR, "قرار الجمعية العامة برقم 48/141 المؤرخ 20 كانون الأول/ديسمبر 1993",
                        List.of("A/RES/48/141")),
                // decoys: digits glued after Latin letters are a word; the glued waw before an Arabic word adds nothing
                Arguments.of(Language.EN, "see item12CERD/C/SR.1 below", List.of()),
                // nor after a space: a number glued to a symbol in Latin text is no date and stays unread
                Arguments.of(Language.EN, "in 2023CERD/C/SR.1 and", List.of()),
                Arguments.of(Language.AR, "(انظر CERD/C/SR.2700 وبعدها)", List.of("CERD/C/SR.2700")));
    }

    @ParameterizedTest
    @MethodSource("arabicGlue")
    void arabicGluedNumbersAndConjunctions(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }
}
