package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * The rules written from the round-five failures (issue 12), each from made-up sentences of its class (not the corpus
 * lines) and each with decoys it must leave alone: the press's one-word keywords for an organ's resolutions (UNSCR),
 * OCR's digit 1 for the Roman I of a session ("41 (1)"), the organ named after a whole list ("resolutions 1 (I) et
 * 41 (I) de l'Assemblée", also with OCR's "1'Assemblée"), a year elided in a list of year/number decisions ("2020/205
 * and 206"), a modifier of a sibling modifier ("and Rev.1/Add.1", "+ Add.1/Corr.1"), and another organization's
 * root after the word "document", a document's date before a sibling modifier, and a masthead's symbol wrapped
 * across lines (the root on the line above its slash, a line broken after the dot of {@code E/C.}, OCR's spaces around the dot of {@code SR . 54}).
 */
class RoundFiveRulesTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    private static void check(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    static Stream<Arguments> organKeywords() {
        return Stream.of(
                Arguments.of(Language.EN, "The workshop reviewed how UNSCR 2250 (2015) on youth is implemented.",
                        List.of("S/RES/2250 (2015)")),
                Arguments.of(Language.EN, "Both UNSCRs 1820 (2008) and 1888 (2009) address sexual violence.",
                        List.of("S/RES/1820 (2008)", "S/RES/1888 (2009)")),
                Arguments.of(Language.EN, "the sanctions regime of UNSC resolution 1718 (2006)",
                        List.of("S/RES/1718 (2006)")),
                Arguments.of(Language.EN, "The Human Rights Council, recalling UNGA resolution 60/251,",
                        List.of("A/RES/60/251")),
                Arguments.of(Language.EN, "UNHRC resolution 45/31 on the right to development",
                        List.of("A/HRC/RES/45/31")),
                // decoys: a Council resolution number has no slash; the abbreviation alone cites nothing
                Arguments.of(Language.EN, "UNSCR 75/240 is no Council resolution", List.of()),
                Arguments.of(Language.EN, "the UNSCR working group met 12 times", List.of()));
    }

    @ParameterizedTest
    @MethodSource("organKeywords")
    void oneWordOrganKeywords(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> ocrSessions() {
        return Stream.of(
                Arguments.of(Language.EN, "Recalling its resolution 95 (1) of 11 December 1946,",
                        List.of("A/RES/95 (I)")),
                Arguments.of(Language.EN, "in accordance with resolutions 181 (11) and 194 (111),",
                        List.of("A/RES/181 (II)", "A/RES/194 (III)")),
                Arguments.of(Language.FR, "conformément à la résolution 1514 (XV) et à la résolution 2200 (XX1)",
                        List.of("A/RES/1514 (XV)", "A/RES/2200 (XXI)")),
                Arguments.of(Language.EN, "General Assembly resolution 377 {V) of 3 November 1950",
                        List.of("A/RES/377 (V)")),
                // decoys: a number after the Roman era, a session past the thirtieth, and no keyword
                Arguments.of(Language.EN, "resolution 4120 (1) on the budget", List.of()),
                Arguments.of(Language.EN, "resolution 95 (X1X1) on the budget", List.of()),
                Arguments.of(Language.EN, "see article 95 (1) of the Charter", List.of()));
    }

    @ParameterizedTest
    @MethodSource("ocrSessions")
    void ocrDigitForTheRomanSession(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> organAfterTheList() {
        return Stream.of(
                Arguments.of(Language.EN, "The Commission on Population, mindful of resolutions 2009/1 and 2012/3 of "
                        + "the Economic and Social Council,", List.of("E/RES/2009/1", "E/RES/2012/3")),
                Arguments.of(Language.FR, "La Commission, rappelant les résolutions 95 (I) et 177 (II) de "
                        + "l'Assemblée générale,", List.of("A/RES/95 (I)", "A/RES/177 (II)")),
                // OCR's 1 for the l of the elision
                Arguments.of(Language.FR, "La Commission, rappelant les résolutions 95 (I) et 177 (II) de "
                        + "1'Assemblée générale,", List.of("A/RES/95 (I)", "A/RES/177 (II)")),
                // decoy: the organ after the list is another body, so none of its numbers is a UN resolution
                Arguments.of(Language.EN, "recalling resolutions 61/2 and 62/4 of the Commission on Narcotic Drugs",
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("organAfterTheList")
    void organNamedAfterTheList(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> elidedYears() {
        return Stream.of(
                Arguments.of(Language.EN, "pursuant to Economic and Social Council decisions 2021/211 and 212,",
                        List.of("E/DEC/2021/211", "E/DEC/2021/212")),
                Arguments.of(Language.FR, "les résolutions du Conseil économique et social 2018/5, 6 et 7 sur la coopération",
                        List.of("E/RES/2018/5", "E/RES/2018/6", "E/RES/2018/7")),
                Arguments.of(Language.EN, "Economic and Social Council decisions 2021/211 and 212 of 30 April 2021",
                        List.of("E/DEC/2021/211", "E/DEC/2021/212")),
                // decoys: a count of other things, a smaller number, a year, and a number with more digits
                Arguments.of(Language.EN, "Economic and Social Council decision 2021/211 and 300 other texts",
                        List.of("E/DEC/2021/211")),
                Arguments.of(Language.EN, "Economic and Social Council decision 2021/211 and 15.",
                        List.of("E/DEC/2021/211")),
                Arguments.of(Language.EN, "Economic and Social Council resolution 2019/5 and 2020.",
                        List.of("E/RES/2019/5")));
    }

    @ParameterizedTest
    @MethodSource("elidedYears")
    void yearElidedInAList(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> compoundSiblings() {
        return Stream.of(
                Arguments.of(Language.EN, "(see A/C.3/60/L.21/Rev.1 and Rev.1/Corr.1)",
                        List.of("A/C.3/60/L.21/Rev.1", "A/C.3/60/L.21/Rev.1/Corr.1")),
                Arguments.of(Language.EN, "E/CN.4/1999/12 + Add.1 + Add.1/Corr.1 + Add.3 Note by the Secretariat",
                        List.of("E/CN.4/1999/12", "E/CN.4/1999/12/Add.1", "E/CN.4/1999/12/Add.1/Corr.1",
                                "E/CN.4/1999/12/Add.3")),
                Arguments.of(Language.FR, "le rapport A/61/44 et Add.2/Rev.1",
                        List.of("A/61/44", "A/61/44/Add.2/Rev.1")),
                // after the document's date
                Arguments.of(Language.EN, "reproduced from document A/45/310 of 3 May 1990 and Corr.2 of 9 May 1990.",
                        List.of("A/45/310", "A/45/310/Corr.2")),
                Arguments.of(Language.EN, "the note E/1989/62 of June 2, 1989, and Add.1",
                        List.of("E/1989/62", "E/1989/62/Add.1")),
                // decoys: a date then no modifier, and a path after the modifier
                Arguments.of(Language.EN, "document A/45/310 of 3 May 1990 and 12 annexes", List.of("A/45/310")),
                Arguments.of(Language.EN, "A/61/44 and Add.2/files/x", List.of("A/61/44")));
    }

    @ParameterizedTest
    @MethodSource("compoundSiblings")
    void modifierOfASiblingModifier(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> wrappedMastheads() {
        return Stream.of(
                Arguments.of(Language.EN, "Distr.: General\nUNEP\n\n/EA.6/17\n\nUnited Nations Environment Assembly",
                        List.of("UNEP/EA.6/17")),
                Arguments.of(Language.EN, "United Nations S\n/2019/410\nSecurity Council", List.of("S/2019/410")),
                Arguments.of(Language.EN, "A/79/150-E/C.\n12/2024/3\nGeneral Assembly",
                        List.of("A/79/150-E/C.12/2024/3")),
                Arguments.of(Language.EN, "Summary record A/C.6/SR . 1402 of the Sixth Committee",
                        List.of("A/C.6/SR.1402")),
                // decoys: a word that is no registered root, a root glued to the word before it, three line breaks
                Arguments.of(Language.EN, "the scanned PAGES\n/2019/410 of the file", List.of()),
                Arguments.of(Language.EN, "in the XUNEP\n/EA.6/17 folder", List.of()),
                Arguments.of(Language.EN, "UNEP\n\n\n/EA.6/17 and more", List.of()));
    }

    @ParameterizedTest
    @MethodSource("wrappedMastheads")
    void symbolsWrappedAcrossLines(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    static Stream<Arguments> otherOrganizations() {
        return Stream.of(
                Arguments.of(Language.EN, "as set out in document GB.340/INS/5 of the Governing Body", List.of()),
                Arguments.of(Language.EN, "The Board of Governors considered document GOV/2019/12.", List.of()),
                // the keyword still asserts a UN document under a UN root
                Arguments.of(Language.EN, "as set out in document A/74/125", List.of("A/74/125")));
    }

    @ParameterizedTest
    @MethodSource("otherOrganizations")
    void anotherOrganizationsDocumentAfterTheKeyword(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }
}
