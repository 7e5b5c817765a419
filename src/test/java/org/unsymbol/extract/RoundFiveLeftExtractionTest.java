package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * The extraction rules written for the failures rounds two and five left (issue 12), each from made-up sentences of
 * its class (not the corpus lines) and each with decoys it must leave alone: a dot typed for the slash after the root
 * in running text ({@code A.AC.96/...}), the adopting body named after a number's adoption date ("résolution 58/8,
 * le 17 mars 2015, par la Commission"), and a joint symbol broken after its dash at a line's end (also with a leaked
 * {@code <br />}).
 */
class RoundFiveLeftExtractionTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    static Stream<Arguments> dotForSlash() {
        return Stream.of(
                Arguments.of(Language.EN, "The note (E.CN.7/2021/4) was before the Commission.",
                        List.of("E/CN.7/2021/4")),
                Arguments.of(Language.EN, "see the report A.C.3/59/12 and A/C.3/59/13",
                        List.of("A/C.3/59/12", "A/C.3/59/13")),
                // decoys: a sales number, an ILO document, an unregistered root, a body code the vocabulary lacks,
                // a host name before the dot
                Arguments.of(Language.EN, "Sales No. E.77.I.6 and GB.300/PFA/2 of the ILO", List.of()),
                Arguments.of(Language.EN, "code QQ.AC.1/2 and job A.BC.12/3", List.of()),
                Arguments.of(Language.EN, "at www.A.AC.96/1 online", List.of()));
    }

    @ParameterizedTest
    @MethodSource("dotForSlash")
    void aDotTypedForTheSlashAfterTheRoot(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    static Stream<Arguments> bodyAfterTheDate() {
        return Stream.of(
                Arguments.of(Language.FR, "Prend note de la résolution 61/2, le 14 mars 2018, par la Commission de "
                        + "la condition de la femme.", List.of()),
                Arguments.of(Language.EN, "Welcomes the adoption of resolution 64/3, on 20 March 2021, by the "
                        + "Commission on Narcotic Drugs.", List.of()),
                // decoys: a date with no body after it, "by which" after the date, the Assembly named after the date
                Arguments.of(Language.EN, "Recalling its resolution 70/1, of 25 September 2015, by which it adopted "
                        + "the Agenda,", List.of("A/RES/70/1")),
                Arguments.of(Language.EN, "Recalling its resolution 70/1, of 25 September 2015, on the Agenda,",
                        List.of("A/RES/70/1")),
                Arguments.of(Language.EN, "Recalling resolution 68/262, adopted on 27 March 2014, by the General "
                        + "Assembly,", List.of("A/RES/68/262")));
    }

    @ParameterizedTest
    @MethodSource("bodyAfterTheDate")
    void theAdoptingBodyAfterTheDate(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    static Stream<Arguments> jointAcrossALine() {
        return Stream.of(
                Arguments.of(Language.EN, "Contents\nISBA/19/A/4-\nISBA/19/C/11\nReport of the Finance Committee",
                        List.of("ISBA/19/A/4-ISBA/19/C/11")),
                Arguments.of(Language.FR, "Table<br />\n\nA/63/7-<br />\n\nE/2008/9<br />\n\nRapport",
                        List.of("A/63/7-E/2008/9")),
                // decoys: a dash and a line break before a word, and a dash with no line break before text
                Arguments.of(Language.EN, "See S/2019/44-\nThe Council met again.", List.of("S/2019/44")),
                Arguments.of(Language.EN, "pages A/63/7- and more", List.of("A/63/7")));
    }

    static Stream<Arguments> sessionRepeatedAndLeadWords() {
        return Stream.of(
                Arguments.of(Language.EN, "Recalling its resolution 33/140 (XXXIII) of 18 December 1978,",
                        List.of("A/RES/33/140")),
                Arguments.of(Language.EN, "Recalling its resolution 34/21 (XXXIII),", List.of("A/RES/34/21")),
                Arguments.of(Language.FR, "ses résolutions 1803 (XVII) du 14 décembre 1962, et notamment 35/7 du "
                        + "30 octobre 1980", List.of("A/RES/1803 (XVII)", "A/RES/35/7")),
                Arguments.of(Language.EN, "its resolutions 40/1 and 41/7, and in particular 42/9 of 1987,",
                        List.of("A/RES/40/1", "A/RES/41/7", "A/RES/42/9")),
                // decoys: a numeral that is not the session (two numberings mixed), a special session, and lead
                // words before no number
                Arguments.of(Language.EN, "Recalling its resolution 70/12 (XXX),", List.of()),
                Arguments.of(Language.EN, "its resolutions 40/1 and 41/7, and in particular two others",
                        List.of("A/RES/40/1", "A/RES/41/7")));
    }

    @ParameterizedTest
    @MethodSource("sessionRepeatedAndLeadWords")
    void aSessionRepeatedInRomanAndLeadWordsInAList(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    @ParameterizedTest
    @MethodSource("jointAcrossALine")
    void aJointSymbolBrokenAfterItsDash(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }
}
