package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsymbol.lang.Language;

/**
 * Resolutions and decisions of other bodies are not General Assembly ones (issue 12 class 11, second round): the
 * functional and regional commissions, governing councils, COP decisions, a State's own assembly. Sentences shortened
 * from real passages of the tuning corpus (sources in {@code corpus/passages/passages.jsonl}, ids in comments).
 */
class OtherBodiesTest {

    private static List<String> symbols(String text, Language lang) {
        return ReferenceExtractor.standard().extract(text, lang).references().stream().map(Reference::symbol).toList();
    }

    static Stream<Arguments> otherBodies() {
        return Stream.of(
                // en-154: the issuer named after "adopted at the ... session of"; the next sentence inherits it
                Arguments.of(Language.EN, "By resolution 553(XXVI), adopted at the twenty-sixth session of the Economic "
                        + "Commission for Latin America and the Caribbean (ECLAC), the Commission established a group. "
                        + "This mandate was renewed at the twenty-seventh session by resolution 565(XXVII).", List.of()),
                // es-026: only other bodies named in the paragraph (the Commission, ECLAC)
                Arguments.of(Language.ES, "Anexo 3 Resolución 553(XXVI) de la Comisión La reforma de las Naciones Unidas "
                        + "y su incidencia en la CEPAL .......... 11 Anexo 4 Resolución 698(XXXVI) Calendario de "
                        + "conferencias de la CEPAL", List.of()),
                // fr-016
                Arguments.of(Language.FR, "Le présent document est soumis conformément à la résolution 943 (XLIX) de la "
                        + "Commission économique pour l’Afrique (CEA).", List.of()),
                // en-171: a decision number below the Assembly's first (301) is another body's
                Arguments.of(Language.EN, "Issues arising from the resolutions of the General Assembly at its fiftieth "
                        + "session calling for action by the United Nations Environment Programme (decision 19/11)",
                        List.of()),
                // en-177: an Assembly of a State
                Arguments.of(Language.EN, "and thereafter by resolution 41/92 of the Assembly of the Portuguese Republic "
                        + "of 31 December 1992, stipulating that", List.of()),
                // en-149, fr-019: the Commission's own decision under an ECOSOC draft decision
                Arguments.of(Language.EN, "The Economic and Social Council: (b) Also takes note of Commission decision "
                        + "55/1;", List.of()),
                Arguments.of(Language.FR, "Le Conseil économique et social : b) Prend note également de la décision 55/1 "
                        + "de la Commission ;", List.of()),
                // en-151: a preamble opening makes the regional commission the subject of "its"
                Arguments.of(Language.EN, "The Economic and Social Commission for Asia and the Pacific, Recalling also "
                        + "its resolutions 63/9 on the implementation of the Busan Declaration,", List.of()),
                // es-025
                Arguments.of(Language.ES, "La Comisión Económica para América Latina y el Caribe, Recordando la "
                        + "resolución 419(PLEN.14) y la resolución 553(XXVI) sobre la reforma", List.of()),
                // ru-019: COP decisions, written with a Cyrillic СР
                Arguments.of(Language.RU, "Конференция Сторон, ссылаясь на решение 1/СР.17 об учреждении Специальной "
                        + "рабочей группы, далее ссылаясь на соответствующие решения Конференции Сторон, включая решения "
                        + "1/СР.16, 2/СР.18,", List.of()));
    }

    @ParameterizedTest
    @MethodSource("otherBodies")
    void otherBodiesGiveNoSymbol(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    static Stream<Arguments> stillTheOrgans() {
        return Stream.of(
                // decisions in the organs' own ranges keep their series
                Arguments.of(Language.EN, "the General Assembly, in its decision 54/425 of 17 December 1999,",
                        List.of("A/DEC/54/425")),
                Arguments.of(Language.ZH, "经济及社会理事会1992年7月30日第1992/272号决定", List.of("E/DEC/1992/272")),
                // en-166: ECOSOC named in full, old Roman-session number
                Arguments.of(Language.EN, "as laid down in Council resolution 9 (I) of 16 February 1946, the Economic "
                        + "and Social Council", List.of("E/RES/9 (I)")),
                // en-151: the Assembly named in the same sentence as ESCAP's own numbers
                Arguments.of(Language.EN, "The Economic and Social Commission for Asia and the Pacific, Recalling the "
                        + "Almaty Programme of Action, which was endorsed by the General Assembly in its resolution "
                        + "58/201 of 23 December 2003,", List.of("A/RES/58/201")),
                // ar-016, ru-023, zh-021: the Assembly named or the subject
                Arguments.of(Language.AR, "وإذ يشير كذلك إلى قرار الجمعية العامة 59/160، المؤرّخ 20 كانون الأول/ ديسمبر "
                        + "2004", List.of("A/RES/59/160")),
                Arguments.of(Language.RU, "Генеральная Ассамблея, напоминая о своей резолюции 48/2 от 13 октября 1993 года",
                        List.of("A/RES/48/2")),
                // T21 of the reference passages (CitingPassagesTest): the possessive suffix printed in presentation
                // forms (U+FEEC), a Main Committee named only in the bracketed note before it
                Arguments.of(Language.AR, "[(Add. و 1 A/61/L. [دون الإحالة إلى لجنة رئيسية ( 56\n"
                        + "وإذ تشير أيضا إلى قراراﺗﻬا ٢ (د - ١) المؤرخ ١ شباط /فبراير ١٩٤٦",
                        List.of("A/61/L.56/Add.1", "A/61/L.56", "A/RES/2 (I)")),
                // "adopted at the ... session of the General Assembly": the skip finds the organ too
                Arguments.of(Language.EN, "resolution 1514 (XV), adopted at the fifteenth session of the General "
                        + "Assembly,", List.of("A/RES/1514 (XV)")));
    }

    /** zh-025: modifiers in the capitals of older documents inherit like the usual ones. */
    static Stream<Arguments> capitalModifiers() {
        return Stream.of(
                Arguments.of(Language.ZH, "收到了E/CONF. 66/3和ADD.1和3号会议文件",
                        List.of("E/CONF.66/3", "E/CONF.66/3/Add.1", "E/CONF.66/3/Add.3")),
                Arguments.of(Language.EN, "the documents E/CONF.66/3 and ADD.1 and 3",
                        List.of("E/CONF.66/3", "E/CONF.66/3/Add.1", "E/CONF.66/3/Add.3")));
    }

    @ParameterizedTest
    @MethodSource("capitalModifiers")
    void capitalModifiersInherit(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    @ParameterizedTest
    @MethodSource("stillTheOrgans")
    void theOrgansKeepTheirSeries(Language lang, String text, List<String> expected) {
        assertEquals(expected, symbols(text, lang), text);
    }

    // ------------------------------------------------------------------ rules of the grammar (org.unsymbol.symbol)

    /** en-163: a territory's code after its State's is one component (the series' ISO3 slot), not a joint. */
    @Test
    void hyphenatedCountryCodes() {
        assertEquals(List.of("CEDAW/C/CHN-HKG/9", "CEDAW/C/CHN-MAC/9", "CCPR/C/CHN-MAC/CO/1"),
                symbols("(CEDAW/C/CHN-HKG/9 and CEDAW/C/CHN-MAC/9); CCPR/C/CHN-MAC/CO/1", Language.EN));
    }

    /** en-157, en-158: ECLAC glues its meeting and document number to the symbol; it stays one reference. */
    @Test
    void eclacMeetingParenthetical() {
        assertEquals(List.of("LC/G.2602(SES.35/13)", "LC/L.4068(CEA.8/3)"),
                symbols("Distr. GENERAL LC/G.2602(SES.35/13) 5 April 2014; Distr. LIMITED LC/L.4068(CEA.8/3)",
                        Language.EN));
    }
}
