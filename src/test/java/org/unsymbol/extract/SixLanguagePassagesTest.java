package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Passages in UN style in the six languages, beyond the shared sample: organs named before or after the number,
 * Roman and Arabic session forms, lists, inherited modifiers, joint symbols. Symbols in order; {@code ~} = derived.
 */
class SixLanguagePassagesTest {

    static Stream<Arguments> passages() {
        return Stream.of(
                // English
                Arguments.of("Recalling Security Council resolution 1244 (1999) of 10 June 1999,",
                        List.of("~S/RES/1244 (1999)")),
                Arguments.of("Recalling its resolution 1514 (XV) of 14 December 1960,", List.of("~A/RES/1514 (XV)")),
                Arguments.of("Recalling also its resolutions ES-10/22 and ES-10/23,",
                        List.of("~A/RES/ES-10/22", "~A/RES/ES-10/23")),
                Arguments.of("Report of the Panel on United Nations Peace Operations (A/55/305-S/2000/809).",
                        List.of("A/55/305-S/2000/809")),
                Arguments.of("in accordance with Human Rights Council resolution 5/1 of 18 June 2007",
                        List.of("~A/HRC/RES/5/1")),
                Arguments.of("Economic and Social Council resolution 1996/31 of 25 July 1996",
                        List.of("~E/RES/1996/31")),
                Arguments.of("as requested by the Council in its resolution 2719 (2023)",
                        List.of("~S/RES/2719 (2023)")),
                Arguments.of("the Declaration on Principles of International Law (GA Res. 2625 (XXV))",
                        List.of("~A/RES/2625 (XXV)")),
                Arguments.of("reports of the Secretary-General (S/2000/40/Add.39, 44, 46 and 50)",
                        List.of("S/2000/40/Add.39", "S/2000/40/Add.44", "S/2000/40/Add.46", "S/2000/40/Add.50")),
                Arguments.of("see S/2001/15/Add.11-13.",
                        List.of("S/2001/15/Add.11", "S/2001/15/Add.12", "S/2001/15/Add.13")),
                Arguments.of("the report (A/78/265 and Corr.1) was introduced", List.of("A/78/265", "A/78/265/Corr.1")),
                Arguments.of("Statement by the President (S/PRST/2015/15).", List.of("S/PRST/2015/15")),
                Arguments.of("issued as document A/AC.292/\n2024/L.1.", List.of("A/AC.292/2024/L.1")),
                Arguments.of("decisions 31/406 A to E", List.of("~A/DEC/31/406 A", "~A/DEC/31/406 B", "~A/DEC/31/406 C",
                        "~A/DEC/31/406 D", "~A/DEC/31/406 E")),
                // French
                Arguments.of("Rappelant sa résolution 2758 (XXVI) du 25 octobre 1971,", List.of("~A/RES/2758 (XXVI)")),
                Arguments.of("la résolution 1325 (2000) du Conseil de sécurité", List.of("~S/RES/1325 (2000)")),
                Arguments.of("le rapport publié sous la cote A/HRC/55/1 et Add.1",
                        List.of("A/HRC/55/1", "A/HRC/55/1/Add.1")),
                Arguments.of("conformément à sa décision 78/541", List.of("~A/DEC/78/541")),
                // Spanish
                Arguments.of("la resolución 2334 (2016) del Consejo de Seguridad", List.of("~S/RES/2334 (2016)")),
                Arguments.of("las resoluciones 1514 (XV) y 1541 (XV) de la Asamblea General",
                        List.of("~A/RES/1514 (XV)", "~A/RES/1541 (XV)")),
                Arguments.of("la resolución 2231 del Consejo de Seguridad", List.of("~S/RES/2231")),
                Arguments.of("el informe que figura en el documento A/78/265 y Add.1",
                        List.of("A/78/265", "A/78/265/Add.1")),
                // Russian
                Arguments.of("См. документ A/HRC/55/1.", List.of("A/HRC/55/1")),
                Arguments.of("ссылаясь на резолюцию 2231 (2015) Совета Безопасности", List.of("~S/RES/2231 (2015)")),
                Arguments.of("учрежденной резолюцией 75/240 Генеральной Ассамблеи", List.of("~A/RES/75/240")),
                Arguments.of("в соответствии с решением 78/541 и резолюциями 66/53 и 66/54",
                        List.of("~A/DEC/78/541", "~A/RES/66/53", "~A/RES/66/54")),
                Arguments.of("доклад (A/62/L.6 и Add.1)", List.of("A/62/L.6", "A/62/L.6/Add.1")),
                // Chinese
                Arguments.of("安全理事会第2231(2015)号决议", List.of("~S/RES/2231 (2015)")),
                Arguments.of("大会第78/541号决定", List.of("~A/DEC/78/541")),
                Arguments.of("见文件A/78/265。", List.of("A/78/265")),
                Arguments.of("回顾其第66/53、66/54和66/55号决议",
                        List.of("~A/RES/66/53", "~A/RES/66/54", "~A/RES/66/55")),
                Arguments.of("人权理事会第5/1号决议", List.of("~A/HRC/RES/5/1")),
                Arguments.of("大会第ES-10/22号决议", List.of("~A/RES/ES-10/22")),
                // Arabic
                Arguments.of("وإذ يشير إلى القرار 2334 (2016)", List.of("~S/RES/2334 (2016)")),
                Arguments.of("قرار مجلس الأمن 1244 (1999)", List.of("~S/RES/1244 (1999)")),
                Arguments.of("انظر الوثيقة A/78/265.", List.of("A/78/265")),
                Arguments.of("وفقا للمقرر 78/541", List.of("~A/DEC/78/541")),
                Arguments.of("القرار 3379 (د-30)", List.of("~A/RES/3379 (XXX)")),
                Arguments.of("القرارات 66/53 و 66/54", List.of("~A/RES/66/53", "~A/RES/66/54")),
                Arguments.of("قرار الجمعية العامة ٧٠/١", List.of("~A/RES/70/1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void extractsTheCitedSymbols(String text, List<String> expected) {
        Extraction x = ReferenceExtractor.standard().extract(text);
        List<String> got = x.references().stream().map(r -> (r.derived() ? "~" : "") + r.symbol()).toList();
        assertEquals(expected, got, text);
        for (Reference r : x.references()) {
            assertEquals(r.text(), text.substring(r.start(), r.end()));
        }
    }
}
