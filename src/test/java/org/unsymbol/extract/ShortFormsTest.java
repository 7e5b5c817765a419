package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short forms resolved to their antecedent or reported ambiguous, table-driven per language. Rows are real UN text
 * (source noted) unless marked "constructed" (the editorial form, written for the case: no real passage found).
 * Expected: per short form, "text->symbol" or "text->?A|B" (ambiguous, the candidates), in text order.
 */
class ShortFormsTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    static Stream<Arguments> rows() {
        return Stream.of(
                // en — corpus passage, cambridgecore.org (ICLQ, the Preparatory Commission for the ICC), footnotes
                // 1 and 2 on one line: ibid. is the previous citation
                Arguments.of("en", "1. U.N. Doc. A/CONF.183/10, Resolution F. 2. The timetable for the RPE and EOC "
                        + "required that their draft texts be completed before 30 June 2000, ibid., para. 6.",
                        List.of("ibid.->A/CONF.183/10")),
                // en — constructed footnotes: one citation, then two: the second ibid. is ambiguous
                Arguments.of("en", "1 A/78/265, para. 4.\n2 Ibid., para. 5.\n3 A/77/275 and A/78/265.\n4 Ibid.\n",
                        List.of("Ibid.->A/78/265", "Ibid.->?A/77/275|A/78/265")),
                // en decoy — a citation of another work came between (a line of its own): ibid. is that work's
                Arguments.of("en", "1 A/78/265.\n2 Smith, The Charter, p. 4.\n3 Ibid., p. 5.\n", List.of()),
                // en decoy — cambridgecore.org (AJIL, Bleicher 1969), a journal's "ibid." with no UN document before
                Arguments.of("en", "and Johnson, “The Effect of Resolutions of the General Assembly of the United "
                        + "Nations,” 32 ibid. 97 (1955-1956).", List.of()),
                // en — constructed: op. cit. and "that resolution"; "the present resolution" is the text itself
                Arguments.of("en", "Recalling resolution 75/240, the Assembly, in paragraph 5 of that resolution, "
                        + "decided; the present resolution", List.of("that resolution->A/RES/75/240")),
                // en decoy — "Recalling that resolution 2334 (2016)": the phrase has its number: a citation
                Arguments.of("en", "Recalling resolution 75/240 and recalling that resolution 2334 (2016) demands",
                        List.of()),
                // en — constructed: two resolutions in the paragraph: the above-mentioned one is not guessed
                Arguments.of("en", "Recalling resolutions 75/240 and 76/19, the above-mentioned resolution",
                        List.of("the above-mentioned resolution->?A/RES/75/240|A/RES/76/19")),
                // es — constructed from the seed draft's sentence (A/AC.292/2024/L.1) with "dicha resolución"
                Arguments.of("es", "En su resolución 75/240, la Asamblea General decidió establecer un grupo de "
                        + "trabajo. Dicha resolución pidió informes anuales.", List.of("Dicha resolución->A/RES/75/240")),
                // es — constructed: "la resolución mencionada" in the next paragraph, and ibíd.
                Arguments.of("es", "Véase la resolución 75/240.\n\nEn la resolución mencionada se pide; véase A/78/265 "
                        + "(ibíd., párr. 3).", List.of("la resolución mencionada->A/RES/75/240", "ibíd.->A/78/265")),
                // fr — constructed: "ladite résolution"
                Arguments.of("fr", "Rappelant sa résolution 75/240, ladite résolution ayant créé le groupe",
                        List.of("ladite résolution->A/RES/75/240")),
                // ru — constructed: "указанной резолюции" and "там же"
                Arguments.of("ru", "В резолюции 75/240 Генеральная Ассамблея постановила; в пункте 3 указанной "
                        + "резолюции говорится.\n1 A/78/265.\n2 Там же, п. 4.",
                        List.of("указанной резолюции->A/RES/75/240", "Там же->A/78/265")),
                // zh — static.un.org/zh/ga/54/general/report.html (A/54/250): three resolutions, then 上述决议:
                // ambiguous (the text means all three)
                Arguments.of("zh", "3.总务委员会注意到大会第48/264号决议附件一、第51/241号决议附件和第52/163号决议第1段。"
                        + "上述决议的规定已反映在本文件有关各节内。",
                        List.of("上述决议->?A/RES/48/264|A/RES/51/241|A/RES/52/163")),
                // zh — constructed: one resolution, then 上述决议; and 同上 in a footnote
                Arguments.of("zh", "回顾第75/240号决议,上述决议请秘书长提交报告。\n1 A/78/265。\n2 同上,第4段。",
                        List.of("上述决议->A/RES/75/240", "同上->A/78/265")),
                // ar — A/RES/40/168 (Arabic), mokatel.com: the Security Council resolution cited twice, then
                // "القرار المذكور": one symbol, resolved
                Arguments.of("ar", "منتهكة بذلك قرار مجلس الأمن 478 (1980)، ورفضها الامتثال لأحكام القرار المذكور؛",
                        List.of("القرار المذكور->S/RES/478 (1980)")),
                // ar — constructed: المرجع نفسه in a footnote
                Arguments.of("ar", "1 A/78/265.\n2 المرجع نفسه، الفقرة 4.", List.of("المرجع نفسه->A/78/265")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void resolvedOrAmbiguous(String lang, String text, List<String> expected) {
        List<Reference> refs = EXTRACTOR.extract(text).references();
        List<String> actual = new ArrayList<>();
        for (ShortForms.ShortForm s : ShortForms.find(text, refs)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            if (s.ambiguous()) {
                actual.add(s.text() + "->?" + String.join("|",
                        s.candidates().stream().map(i -> refs.get(i).symbol()).toList()));
            } else {
                assertEquals(List.of(s.antecedent()), s.candidates());
                actual.add(s.text() + "->" + refs.get(s.antecedent()).symbol());
            }
        }
        assertEquals(expected, actual, () -> "references: " + refs.stream().map(Reference::symbol).toList());
    }
}
