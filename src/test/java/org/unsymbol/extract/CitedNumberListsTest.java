package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list rules of {@link CitedNumbers} (issue 12 classes 1, 2 and 5), in the six languages: a list goes on over the
 * date and the title each item carries and over the separators of the language, part letters are each a reference
 * ("A and B", "A to D", "ألف وباء"), and Chinese lists repeat or share 第 and 号 with full-width punctuation. Dates
 * never become references.
 */
class CitedNumberListsTest {

    private static List<String> symbols(String text) {
        Extraction x = ReferenceExtractor.standard().extract(text);
        for (Reference r : x.references()) {
            assertEquals(r.text(), text.substring(r.start(), r.end()), "span of " + r.symbol());
        }
        return x.references().stream().map(Reference::symbol).toList();
    }

    static Stream<Arguments> datedLists() {
        return Stream.of(
                // English: "of", "adopted on", a month-first date, an ordinal day
                Arguments.of("Recalling its resolutions 1267 (1999) of 15 October 1999, 1333 (2000) of 19 December "
                        + "2000 and 1390 (2002) of 16 January 2002,",
                        List.of("S/RES/1267 (1999)", "S/RES/1333 (2000)", "S/RES/1390 (2002)")),
                Arguments.of("resolutions 1483 (2003) of 22 May 2003; 1546 (2004) of 8 June 2004 and 1637 (2005)",
                        List.of("S/RES/1483 (2003)", "S/RES/1546 (2004)", "S/RES/1637 (2005)")),
                Arguments.of("Recalling resolutions 55/2 of 8 September 2000 and 60/1 of 16 September 2005,",
                        List.of("A/RES/55/2", "A/RES/60/1")),
                Arguments.of("its resolutions 64/292, adopted on 28 July 2010, and 68/157 of 18 December 2013",
                        List.of("A/RES/64/292", "A/RES/68/157")),
                Arguments.of("resolutions 70/1 of September 25, 2015 and 69/313 of July 27, 2015",
                        List.of("A/RES/70/1", "A/RES/69/313")),
                Arguments.of("resolutions 1189 (1998)of 13 August 1998, 1193 (1998) of 28 August 1998 and 1214 "
                        + "(1998) of8 December 1998", List.of("S/RES/1189 (1998)", "S/RES/1193 (1998)",
                        "S/RES/1214 (1998)")),
                // French
                Arguments.of("y compris ses résolutions 57/44 du 21 novembre 2002 et 59/140 du 15 décembre 2004,",
                        List.of("A/RES/57/44", "A/RES/59/140")),
                Arguments.of("les résolutions 242 (1967) du 22 novembre 1967, 338 (1973) en date du 1er octobre "
                        + "1973 et 1397 (2002)", List.of("S/RES/242 (1967)", "S/RES/338 (1973)", "S/RES/1397 (2002)")),
                // Spanish: the date set off by commas, the title in quotes
                Arguments.of("sus resoluciones 47/20 A, de 24 de noviembre de 1992, 49/5, de 21 de octubre de 1994, "
                        + "y 53/9, de 22 de octubre de 1998,", List.of("A/RES/47/20 A", "A/RES/49/5", "A/RES/53/9")),
                Arguments.of("las resoluciones 62/208 aprobada el 19 de diciembre de 2007 y 67/226",
                        List.of("A/RES/62/208", "A/RES/67/226")),
                Arguments.of("las resoluciones de la Asamblea General 70/1, “Transformar nuestro mundo: la Agenda "
                        + "2030”, y 69/313, “Agenda de Acción de Addis Abeba”, así como",
                        List.of("A/RES/70/1", "A/RES/69/313")),
                Arguments.of("its resolutions 70/1, entitled \"Transforming our world\", and 71/243",
                        List.of("A/RES/70/1", "A/RES/71/243")),
                Arguments.of("( decisions 59/543 [page 12] and 61/563)", List.of("A/DEC/59/543", "A/DEC/61/563")),
                Arguments.of("resolutions 1325 (2000) [1], 1820 (2008) [2] and 1888 (2009)",
                        List.of("S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)")),
                // Russian: "от ... года" and "г."
                Arguments.of("на свои резолюции 986 (1995) от 14 апреля 1995 года, 1111 (1997) от 4 июня 1997 г. и "
                        + "1129 (1997) от 12 сентября 1997 года,", List.of("S/RES/986 (1995)", "S/RES/1111 (1997)",
                        "S/RES/1129 (1997)")),
                Arguments.of("ссылаясь на свои резолюции 55/162 от 14 декабря 2000 года, 56/95 от 14 декабря 2001 "
                        + "года", List.of("A/RES/55/162", "A/RES/56/95")),
                // Arabic: المؤرخ/المؤرخة, two month names with a slash (spaced or not), a two-word month, fused
                Arguments.of("قراراته 661 (1990) المؤرخ 6 آب/أغسطس 1990 و 715 (1991) المؤرخ 11 تشرين الأول/أكتوبر "
                        + "1991 و 1242 (1999) المؤرخ21 أيار/ مايو 1999 و 1266 (1999) المؤرخ تشرين الأول/أكتوبر 1999.",
                        List.of("S/RES/661 (1990)", "S/RES/715 (1991)", "S/RES/1242 (1999)", "S/RES/1266 (1999)")),
                Arguments.of("القرارين ١٢٦٧ (١٩٩٩) المؤرخ ١٥ تشرين الأول/أكتوبر ١٩٩٩م و ١٣٣٣ (٢٠٠٠)",
                        List.of("S/RES/1267 (1999)", "S/RES/1333 (2000)")),
                Arguments.of("第２２３１（２０１５）号和第２３３４（２０１６）号决议",
                        List.of("S/RES/2231 (2015)", "S/RES/2334 (2016)")),
                Arguments.of("وإذ تشير إلى قراريها 55/2 المؤرخ 8 أيلول/سبتمبر 2000، و 60/1 المؤرخ في 16 أيلول/سبتمبر "
                        + "2005", List.of("A/RES/55/2", "A/RES/60/1")),
                // Chinese: the date comes before each item
                Arguments.of("特别是2000年9月8日第55/2号和2005年9月16日第60/1号决议",
                        List.of("A/RES/55/2", "A/RES/60/1")),
                Arguments.of("尤其是1995年4月14日第986(1995)号、1997年6月4日第1111(1997)号和1999年12月3日第1280(1999)号决议,",
                        List.of("S/RES/986 (1995)", "S/RES/1111 (1997)", "S/RES/1280 (1999)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedLists")
    void listsGoOnOverTheDateOfEachItem(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    static Stream<Arguments> datesAreNeverReferences() {
        return Stream.of(
                Arguments.of("Security Council resolution 1267 (1999) of 15 October 1999, 12 members voted",
                        List.of("S/RES/1267 (1999)")),
                Arguments.of("Security Council resolution of 15 October 1999", List.of()),
                Arguments.of("la résolution du Conseil de sécurité du 8 septembre 2000", List.of()),
                Arguments.of("резолюции Совета Безопасности от 8 сентября 2000 года, 15 декабря 2001 года",
                        List.of()),
                Arguments.of("قرار مجلس الأمن المؤرخ 6 آب/أغسطس 1990", List.of()),
                Arguments.of("安全理事会1998年8月13日的决议", List.of()),
                Arguments.of("安理会 2000 年 9 月 8 日第 1319 (2000) 号决议", List.of("S/RES/1319 (2000)")),
                Arguments.of("Security Council resolutions 12 / 05 / 2024", List.of()),
                // a list stops at anything that is not a separator, date or title
                Arguments.of("resolutions 1189 (1998) of 13 August 1998 on Afghanistan, 1193 (1998)",
                        List.of("S/RES/1189 (1998)")),
                Arguments.of("Council resolution 2118 (2013) of 27 September 2013 and 15 others",
                        List.of("S/RES/2118 (2013)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesAreNeverReferences")
    void datesAreNeverReferences(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    static Stream<Arguments> partLetters() {
        return Stream.of(
                Arguments.of("resolution 58/291 A and B", List.of("A/RES/58/291 A", "A/RES/58/291 B")),
                Arguments.of("its resolutions 49/222 A and B of 20 December 1994 and 50/214",
                        List.of("A/RES/49/222 A", "A/RES/49/222 B", "A/RES/50/214")),
                Arguments.of("resolutions 47/20 A, B and C", List.of("A/RES/47/20 A", "A/RES/47/20 B",
                        "A/RES/47/20 C")),
                Arguments.of("decisions 31/406 A-C", List.of("A/DEC/31/406 A", "A/DEC/31/406 B", "A/DEC/31/406 C")),
                Arguments.of("resolutions 3419 A to D (XXX)", List.of("A/RES/3419A (XXX)", "A/RES/3419B (XXX)",
                        "A/RES/3419C (XXX)", "A/RES/3419D (XXX)")),
                Arguments.of("resolutions 3411 A and B (XXX) and 3412 (XXX)", List.of("A/RES/3411A (XXX)",
                        "A/RES/3411B (XXX)", "A/RES/3412 (XXX)")),
                Arguments.of("las resoluciones 48/27 A y B", List.of("A/RES/48/27 A", "A/RES/48/27 B")),
                Arguments.of("les résolutions 63/250 A et B", List.of("A/RES/63/250 A", "A/RES/63/250 B")),
                Arguments.of("резолюции 61/16 A и B", List.of("A/RES/61/16 A", "A/RES/61/16 B")),
                Arguments.of("резолюции 58/291 А и В от 6 апреля 2004 года", List.of("A/RES/58/291 A",
                        "A/RES/58/291 B")), // Cyrillic А and В
                Arguments.of("القرار 58/291 ألف وباء", List.of("A/RES/58/291 A", "A/RES/58/291 B")),
                Arguments.of("القرارات 3419 ألف إلى دال (د-30)", List.of("A/RES/3419A (XXX)", "A/RES/3419B (XXX)",
                        "A/RES/3419C (XXX)", "A/RES/3419D (XXX)")),
                Arguments.of("resoluciones 3419 A a C (XXX)", List.of("A/RES/3419A (XXX)", "A/RES/3419B (XXX)",
                        "A/RES/3419C (XXX)")),
                Arguments.of("décisions 31/406 A à C", List.of("A/DEC/31/406 A", "A/DEC/31/406 B",
                        "A/DEC/31/406 C")),
                Arguments.of("大会第58/291 A和B号决议", List.of("A/RES/58/291 A", "A/RES/58/291 B")),
                Arguments.of("القرار 62/243 ألف و باء و جيم", List.of("A/RES/62/243 A", "A/RES/62/243 B",
                        "A/RES/62/243 C")),
                Arguments.of("وإذ تشير إلى قراراتها 40 / 152 سين المؤرخ 16 كانون الأول/ ديسمبر 1985، و 41 / 86 فاء "
                        + "المؤرخ 4 كانون الأول/ ديسمبر 1986، و 45 / 65", List.of("A/RES/40/152 O", "A/RES/41/86 Q",
                        "A/RES/45/65")),
                Arguments.of("قراراتها 41 /86 فاء و 42/ 42 واو", List.of("A/RES/41/86 Q", "A/RES/42/42 F")),
                Arguments.of("بموجب قرار الجمعية العامة 2200 ألف (د-21) المؤرخ في 16 كانون الأول/ديسمبر 1966",
                        List.of("A/RES/2200A (XXI)")),
                Arguments.of("قرار الجمعية العامة 3379 (د-30) واو", List.of("A/RES/3379F (XXX)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partLetters")
    void eachPartLetterIsItsOwnReference(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    static Stream<Arguments> notPartLetters() {
        return Stream.of(
                Arguments.of("резолюции 58/291 С удовлетворением", List.of("A/RES/58/291")),
                Arguments.of("в резолюции 60/1 В связи с этим", List.of("A/RES/60/1")),
                Arguments.of("resolution 60/1 A/78/265", List.of("A/RES/60/1", "A/78/265")),
                Arguments.of("resolution 58/291 A and A/78/265", List.of("A/RES/58/291 A", "A/78/265")),
                Arguments.of("القرار 58/291 ألف باء", List.of("A/RES/58/291 A")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPartLetters")
    void aCapitalThatIsAWordOrASymbolIsNoPartLetter(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    @Test
    void theLettersARangeImpliesShareItsUpperBoundAndDoNotLink() {
        List<Reference> r = ReferenceExtractor.standard().extract("decisions 31/406 A to D").references();
        assertEquals(List.of("31/406 A", "D", "D", "D"), r.stream().map(Reference::text).toList());
        assertEquals(List.of(true, false, false, true), r.stream().map(Reference::linkable).toList());
    }

    static Stream<Arguments> chinese() {
        return Stream.of(
                Arguments.of("第1267（1999）号和第1333（2000）号决议", List.of("S/RES/1267 (1999)", "S/RES/1333 (2000)")),
                Arguments.of("安理会第2164（2014)号决议", List.of("S/RES/2164 (2014)")),
                Arguments.of("第 2231 (2015) 号决议", List.of("S/RES/2231 (2015)")),
                Arguments.of("大会第55/2号和第60/1号决议", List.of("A/RES/55/2", "A/RES/60/1")),
                Arguments.of("大会第66/53、66/54和66/55号决议", List.of("A/RES/66/53", "A/RES/66/54", "A/RES/66/55")),
                Arguments.of("第1189(1998)号、第1193(1998)号及第1214(1998)号決議",
                        List.of("S/RES/1189 (1998)", "S/RES/1193 (1998)", "S/RES/1214 (1998)")),
                Arguments.of("第70／125号决议", List.of("A/RES/70/125")),
                Arguments.of("大会第63/550号决定", List.of("A/DEC/63/550")),
                Arguments.of("通過的第1160(1998)號關於南斯拉夫的情況的決議", List.of("S/RES/1160 (1998)")),
                Arguments.of("澳門特別行政區第3/1999號法律第六條", List.of()),
                Arguments.of("第12号一般性意见", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chinese")
    void chineseListsShareOrRepeatTheirMarks(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    static Stream<Arguments> numberWords() {
        return Stream.of(
                Arguments.of("قرارات مجلس الأمن رقم 2334 (2016) ورقم 2417 (2018) و رقم 2532 (2020)",
                        List.of("S/RES/2334 (2016)", "S/RES/2417 (2018)", "S/RES/2532 (2020)")),
                Arguments.of("صدر القرار رقم 1988 (2011)", List.of("S/RES/1988 (2011)")),
                Arguments.of("Security Council resolution No. 1373 (2001) and No. 1540 (2004)",
                        List.of("S/RES/1373 (2001)", "S/RES/1540 (2004)")),
                Arguments.of("la resolución núm. 1540 (2004)", List.of("S/RES/1540 (2004)")),
                Arguments.of("all its previous resolutions including 1325 (2000), 1820 (2008) and 1888 (2009),",
                        List.of("S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)")),
                Arguments.of("الجلسة رقم 4084 المعقودة في 17 كانون الأول/ديسمبر 1999", List.of()),
                Arguments.of("resolutions, including 15 adopted without a vote", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberWords")
    void aNumberWordMayStandBeforeEachNumber(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    @Test
    void datePhrasesAreReadInEveryLanguage() {
        for (String date : List.of("of 15 October 1999", "dated 1 March 2004", "adopted on 8 September 2000",
                "of September 8, 2000", "du 22 novembre 1967", "en date du 1er décembre 2003",
                "de 24 de noviembre de 1992", "del 3 de abril de 1996", "от 14 апреля 1995 года",
                "от 4 июня 1997 г.", "المؤرخ 6 آب/أغسطس 1990", "المؤرخة 11 تشرين الأول/أكتوبر 1991",
                "المؤرخ في 17 حزيران/ يونيه 1991")) {
            assertEquals(date.length(), CitedNumbers.datePhrase(date + " x", 0), date);
        }
        for (String notADate : List.of("of the Security Council", "of 15 members", "du Conseil", "de 2000",
                "от имени", "المؤرخ")) {
            assertTrue(CitedNumbers.datePhrase(notADate, 0) < 0, notADate);
        }
        assertFalse(CitedNumbers.datePhrase("15 October 1999", 0) >= 0, "a date phrase needs its introducing word");
    }
}
