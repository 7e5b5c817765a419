package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * The rules written from the round-three failures (issue 12): list items with dates in more forms, part letters
 * glued before 号, the issuer of "its resolutions" and of a list after a genitive organ. Each case is a real sentence,
 * shortened, from {@code corpus/round3/passages/passages.jsonl} (ids in comments; sources in that file), and each rule
 * has a decoy it must not match.
 */
class RoundThreeListRulesTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    private static void check(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    /** French month-year dates with the elided "de": "661 (1990) d’août 1990, 678 (1990) du 29 novembre 1990". */
    static Stream<Arguments> elidedMonth() {
        return Stream.of(
                // r3-fr-003 (voltairenet, draft resolution of February 2003)
                Arguments.of(Language.FR, "en particulier ses résolutions 661 (1990) d’août 1990, 678 (1990) du 29 "
                        + "novembre 1990, 686 (1991) du 2 mars 1991 et 1441 (2002) du 8 novembre 2002,",
                        List.of("S/RES/661 (1990)", "S/RES/678 (1990)", "S/RES/686 (1991)", "S/RES/1441 (2002)")),
                Arguments.of(Language.FR, "ses résolutions 661 (1990) d'avril 1990 et 678 (1990)",
                        List.of("S/RES/661 (1990)", "S/RES/678 (1990)")),
                // decoy: an elided word that is no month does not carry the list on
                Arguments.of(Language.FR, "sa résolution 661 (1990) d’ailleurs, 678 membres", List.of("S/RES/661 (1990)")));
    }

    @ParameterizedTest
    @MethodSource("elidedMonth")
    void elidedMonthDates(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** A legal database's id after an item: "1234 (1999) от 9 апреля 1999 года ( 995_531 ), 1258 (1999)". */
    static Stream<Arguments> databaseIds() {
        return Stream.of(
                // r3-ru-006 (zakon.cc text of Security Council resolution 1325 (2000))
                Arguments.of(Language.RU, "ссылаясь на свои резолюции 1234 (1999) от 9 апреля 1999 года ( 995_531 ), "
                        + "1258 (1999) от 6 августа 1999 года ( 995_527 ), 1304 (2000) от 15 июня 2000 года и 1323 "
                        + "(2000) от 13 октября 2000 года ( 995_667 ) и заявления",
                        List.of("S/RES/1234 (1999)", "S/RES/1258 (1999)", "S/RES/1304 (2000)", "S/RES/1323 (2000)")),
                // decoy: a parenthesis without the underscore is not skipped, so the list ends there
                Arguments.of(Language.RU, "свои резолюции 1234 (1999) от 9 апреля 1999 года ( 995531 ), 1258 (1999)",
                        List.of("S/RES/1234 (1999)")));
    }

    @ParameterizedTest
    @MethodSource("databaseIds")
    void databaseIdsBetweenItems(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** A pinpoint between an item and its date: "974 D (XXXVI), section I, of 5 July 1963, 1343 (XLV)". */
    static Stream<Arguments> sections() {
        return Stream.of(
                // r3-en-008 (old.radicali.it, ECOSOC resolutions of 1992)
                Arguments.of(Language.EN, "as adopted by the Economic and Social Council in its resolution 671 (XXV) of "
                        + "29 April 1958, and amended by resolutions 974 D (XXXVI), section I, of 5 July 1963, 1343 (XLV) "
                        + "of 18 July 1968 and 1978/68 of 4 August 1978,",
                        List.of("E/RES/671 (XXV)", "E/RES/974D (XXXVI)", "E/RES/1343 (XLV)", "E/RES/1978/68")),
                // decoy: "section" with no numeral is a word of the text, and the list stops there
                Arguments.of(Language.EN, "Economic and Social Council resolutions 671 (XXV), section on budgets, "
                        + "1343 (XLV)", List.of("E/RES/671 (XXV)")));
    }

    @ParameterizedTest
    @MethodSource("sections")
    void sectionPinpointsBetweenItems(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** Part letters glued to the number before 号: 第41/6J号 is A/RES/41/6 J. */
    static Stream<Arguments> gluedLetters() {
        return Stream.of(
                // r3-zh-006 (UNDL Chinese resolution texts, GA resolution 66/54)
                Arguments.of(Language.ZH, "回顾其关于总部设在利马的联合国和平、裁军与发展拉丁美洲和加勒比区域中心的1986年12月3日第41/6J号、"
                        + "1987年11月30日第42/39K号和1988年12月7日第43/76H号决议,",
                        List.of("A/RES/41/6 J", "A/RES/42/39 K", "A/RES/43/76 H")),
                Arguments.of(Language.ZH, "又回顾其1997年12月22日第52/220号、1998年12月4日第53/78F号决议",
                        List.of("A/RES/52/220", "A/RES/53/78 F")),
                // decoy: a Latin letter glued to the number without 号 is no part letter ("41/6J" in prose)
                Arguments.of(Language.EN, "General Assembly resolution 41/6J of 3 December 1986", List.of()));
    }

    @ParameterizedTest
    @MethodSource("gluedLetters")
    void partLettersGluedBeforeHao(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** The issuer of "its" and of a list, when a title or a genitive names another body first. */
    static Stream<Arguments> issuers() {
        return Stream.of(
                // r3-en-002 (UN resolution 74/132): the title "Report of the Human Rights Council" runs into the
                // preamble; "its resolutions" are the General Assembly's
                Arguments.of(Language.EN, "74/132. Report of the Human Rights Council The General Assembly, Recalling "
                        + "its resolutions 62/219 of 22 December 2007, 63/160 of 18 December 2008 and 73/152 of 17 "
                        + "December 2018,", List.of("A/RES/62/219", "A/RES/63/160", "A/RES/73/152")),
                // decoy: the Council itself opening the preamble keeps its own series
                Arguments.of(Language.EN, "The Human Rights Council, Recalling its resolutions 7/1 of 27 March 2008",
                        List.of("A/HRC/RES/7/1")),
                // r3-en-024 (UN Credentials Committee page): "the members of the Committee" is not the subject
                Arguments.of(Language.EN, "a Credentials Committee consisting of nine members is appointed by the General "
                        + "Assembly. The members of the Committee are traditionally appointed at the 1st plenary meeting, "
                        + "on the proposal of the President (decisions 31/301, 47/301 A and B, 57/401,",
                        List.of("A/DEC/31/301", "A/DEC/47/301 A", "A/DEC/47/301 B", "A/DEC/57/401")),
                // decoy: a body that is the subject keeps the citation away from the Assembly
                Arguments.of(Language.EN, "The Conference of the Parties adopted at its ninth session resolution 9/1.",
                        List.of()),
                // r3-en-008: the ECA Conference of Ministers' resolution, named in an ECOSOC text, has no symbol
                Arguments.of(Language.EN, "The Economic and Social Council, Recalling also its decision 1991/302 of 26 "
                        + "July 1991, in which the Council endorsed Conference of Ministers resolution 718 (XXVI) of 12 May "
                        + "1991", List.of("E/DEC/1991/302")),
                // decoy: the Council's own resolution right after the Council's name
                Arguments.of(Language.EN, "The Economic and Social Council, Recalling Council resolution 1296 (XLIV)",
                        List.of("E/RES/1296 (XLIV)")),
                // r3-en-006 (un.org, ECOSOC resolution 1996/31): an editor's "[...]" ends no paragraph
                Arguments.of(Language.EN, "The Economic and Social Council,\n\nRecalling also its resolution 1993/80,"
                        + " [...]\n\nRecalling further its decision 1995/304 of 26 July 1995,",
                        List.of("E/RES/1993/80", "E/DEC/1995/304")),
                // decoy: a real paragraph end still clears the subject
                Arguments.of(Language.EN, "The Economic and Social Council, Recalling its resolution 1993/80.\n\n"
                        + "Recalling further its decision 1995/304 of 26 July 1995,", List.of("E/RES/1993/80")));
    }

    @ParameterizedTest
    @MethodSource("issuers")
    void issuerOfItsResolutions(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }

    /** Lists broken across lines, elided siblings, and two organs whose readings agree. */
    static Stream<Arguments> layouts() {
        return Stream.of(
                // r3-es-007 (S/2015/561, Spanish): a list of Council resolutions broken across a line
                Arguments.of(Language.ES, "Informe del Secretario General sobre la aplicación de\nlas resoluciones del "
                        + "Consejo de Seguridad 2139 (2014),\n2165 (2014) y 2191 (2014)",
                        List.of("S/RES/2139 (2014)", "S/RES/2165 (2014)", "S/RES/2191 (2014)")),
                // decoy: a numbered paragraph on the next line is no list item
                Arguments.of(Language.EN, "Security Council resolution 2139 (2014),\n2. Requests", List.of(
                        "S/RES/2139 (2014)")),
                // r3-en-018 (A/C.4/64/SR.22): bare numbers under the session of the symbol before them
                Arguments.of(Language.EN, "Agenda item 31 (continued) (A/64/13 and Add.1, A/64/115, 174, 323\nand 324; "
                        + "A/C.4/64/7)", List.of("A/64/13", "A/64/13/Add.1", "A/64/115", "A/64/174", "A/64/323",
                        "A/64/324", "A/C.4/64/7")),
                // decoys: a count or a year after the symbol is no sibling
                Arguments.of(Language.EN, "See A/64/115, 12 members agreed; and (A/64/115, 2009).",
                        List.of("A/64/115", "A/64/115")),
                // r3-es-006 (draft resolution of the tenth emergency special session): the Assembly is the subject and
                // the Council is named; both read 2334 (2016) as the Council's
                Arguments.of(Language.ES, "La Asamblea General,\n\nRecordando también todas las resoluciones pertinentes "
                        + "del Consejo de Seguridad, en particular la resolución 2334 (2016), de 23 de diciembre de 2016,",
                        List.of("S/RES/2334 (2016)")),
                // decoy: two organs that read a number differently still compete
                Arguments.of(Language.EN, "The General Assembly and the Human Rights Council recalled resolution 5/1",
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void listLayouts(Language lang, String text, List<String> expected) {
        check(lang, text, expected);
    }
}
