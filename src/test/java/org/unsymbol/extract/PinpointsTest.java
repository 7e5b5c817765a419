package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pinpoints kept with their reference, table-driven per language. Each row is real UN text (the source noted; most
 * are passages of the tuning and held-out corpora, which note theirs) unless it says "constructed": then it is the
 * editorial form of the UN manuals, written for the case because no real passage was found. Expected: for each
 * reference with pinpoints, "symbol=kind:value;kind:value", in text order; references without pinpoints are left out.
 */
class PinpointsTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    static Stream<Arguments> rows() {
        return Stream.of(
                // en — corpus passage, lawsdocbox.com annotations to the provisional agenda (UNEP/OzL.Pro.27/1/Add.1)
                Arguments.of("en", "for the attention of the Twenty-Seventh Meeting of the Parties to the Montreal "
                        + "Protocol (UNEP/OzL.Pro.27/2, para. 4).", List.of("UNEP/OzL.Pro.27/2=paragraph:4")),
                // en — corpus passage, unhcr.org, draft report of the sixth meeting of the Standing Committee
                Arguments.of("en", "The Director also clarified the text of EC/47/SC/CRP.5, para. 16, noting that",
                        List.of("EC/47/SC/CRP.5=paragraph:16")),
                // en — corpus passage, docslib.org SPLOS/251: the preceding form
                Arguments.of("en", "in accordance with article 319, paragraph 2 (e), of the Convention and paragraph "
                        + "36 of General Assembly resolution 66/231.", List.of("A/RES/66/231=paragraph:36")),
                // en — corpus passage, press.un.org Security Council: a range and a second preceding pinpoint
                Arguments.of("en", "the travel ban as set out in paragraphs 1 to 3 of Security Council resolution "
                        + "2374 (2017) and renewed by paragraph 1 of resolution 2432 (2018).",
                        List.of("S/RES/2374 (2017)=paragraph:1-3", "S/RES/2432 (2018)=paragraph:1")),
                // en — corpus passage, docstore.ohchr.org (CEDAW): decimal paragraph numbers
                Arguments.of("en", "the elimination of gender stereotypes (CEDAW/C/FRA/7-8, paras. 2.3.1-2.3.3)",
                        List.of("CEDAW/C/FRA/7-8=paragraph:2.3.1-2.3.3")),
                // en — the English footnote 4 of A/RES/49/202 (deploy.studylib.ru): chapter and section chained
                Arguments.of("en", "4/ See E/CN.4/1995/2-E/CN.4/Sub.2/1994/56, chap. II, sect. A.",
                        List.of("E/CN.4/1995/2-E/CN.4/Sub.2/1994/56=chapter:II;section:A")),
                // en — constructed: annex with a Roman numeral, then a paragraph; sect. III.B
                Arguments.of("en", "See A/78/265, annex II, para. 3, and A/77/275, sect. III.B.",
                        List.of("A/78/265=annex:II;paragraph:3", "A/77/275=section:III.B")),
                // en decoy — refworld, GA resolution of 30 November 1987: a pinpoint of a text without a symbol
                Arguments.of("en", "Recalling paragraph 13 of the Final Document of the Tenth Special Session of the "
                        + "General Assembly, in which the Assembly acknowledged", List.of()),
                // en decoy — corpus passage (humanrightsvoices.org, A/C.5/60 report): "see para. 5" is this text's
                Arguments.of("en", "the Committee adopted draft decision A/C.5/60/L.39 without a vote (see para. 5).",
                        List.of()),
                // es — constructed: the brief's "párrs. 3 a 5", with "párr." after a comma
                Arguments.of("es", "Véase el documento A/78/265, párr. 12, y los párrafos 3 a 5 de la resolución "
                        + "75/240.", List.of("A/78/265=paragraph:12", "A/RES/75/240=paragraph:3-5")),
                // es decoy — fdocuments.es A/56/100: the Charter's article, no symbol
                Arguments.of("es", "Notificación hecha por el Secretario General en virtud del párrafo 2 del Artículo "
                        + "12 de la Carta de las Naciones Unidas (A/56/50).", List.of()),
                // es decoy — the seed draft A/AC.292/2024/L.1: "(véase el anexo)" is the draft's own annex
                Arguments.of("es", "el documento A/AC.292/2024/CRP.X[, en su forma revisada oralmente] (véase el "
                        + "anexo).", List.of()),
                // es decoy — "para" is a Spanish word: without its period it is no abbreviation
                Arguments.of("es", "la resolución 75/240, para 2021, pidió", List.of()),
                // fr — constructed: "par." with its period, "annexe"
                Arguments.of("fr", "Voir le document A/78/265, annexe I, par. 7, et le paragraphe 5 de la "
                        + "résolution 75/240.", List.of("A/78/265=annex:I;paragraph:7", "A/RES/75/240=paragraph:5")),
                // fr decoy — static.un.org A/53/100 (French): the Charter, no symbol; "par" without a period
                Arguments.of("fr", "un rapport annuel à l’Assemblée générale en vertu du paragraphe 3 de l’Article 24 "
                        + "de la Charte; la résolution 53/1, par 120 voix contre", List.of()),
                // ru — corpus passage, zakon.cc (S/RES/1518 (2003), Russian): instrumental case, genitive after
                Arguments.of("ru", "подчеркивая важность выполнения всеми государствами-членами своих обязательств в "
                        + "соответствии с пунктом 10 резолюции 1483 (2003)", List.of("S/RES/1483 (2003)=paragraph:10")),
                // ru — A/RES/49/202 footnote 3 (Russian; deploy.studylib.ru shows its Cyrillic mis-encoded, read
                // through the English text of the same footnote): chapter, then section
                Arguments.of("ru", "3/ См. E/1994/24 и Corr.1, глава II, раздел A.",
                        List.of("E/1994/24/Corr.1=chapter:II;section:A")),
                // ru — constructed: "п. 4" after a comma
                Arguments.of("ru", "См. документ A/78/265, п. 4.", List.of("A/78/265=paragraph:4")),
                // zh — corpus passage, zh.wikisource S/RES/1267: 第13段 after 号决议
                Arguments.of("zh", "认定塔利班当局不遵从第1214(1998)号决议第13段的要求", List.of("S/RES/1214 (1998)=paragraph:13")),
                // zh — corpus passage, zh.wikisource S/RES/1518: 第19和第23段
                Arguments.of("zh", "以执行第1483(2003)号决议第19和第23段的规定,",
                        List.of("S/RES/1483 (2003)=paragraph:19;paragraph:23")),
                // zh — static.un.org/zh/ga/54/general/report.html (A/54/250): after a parenthesis, a list, an annex
                Arguments.of("zh", "根据秘书长的备忘录(A/BUR/54/1)第5段的提议,(A/BUR/54/1,第6和7段);大会第48/264号决议附件一",
                        List.of("A/BUR/54/1=paragraph:5", "A/BUR/54/1=paragraph:6;paragraph:7",
                                "A/RES/48/264=annex:I")),
                // zh — corpus passage, zhonghuashu.com S/PRST/2002/37
                Arguments.of("zh", "秘书长关于联合国脱离接触观察员部队的报告(S/2002/1328)第11段指出:",
                        List.of("S/2002/1328=paragraph:11")),
                // ar — GA resolution 61/53 (Arabic), fast.hugflare.com arbml/osman_readability: after the Arabic comma
                Arguments.of("ar", "دون تصويت، بناء على توصية اللجنة (A/61/387، الفقرة 9)", List.of("A/61/387=paragraph:9")),
                // ar — constructed: the preceding form with من; an annex by ordinal
                Arguments.of("ar", "الفقرة 5 من القرار 75/240 والوثيقة A/78/265، المرفق الثاني",
                        List.of("A/RES/75/240=paragraph:5", "A/78/265=annex:II")),
                // ar decoy — A/65/L.78 (Arabic, conferences.unite.un.org): "الفقرتين 1 و 16 منه" comes long after
                // the resolution ("thereof"): not read as its pinpoint
                Arguments.of("ar", "إذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006 الذي أنشئ بموجبه مجلس حقوق "
                        + "الإنسان وخاصة الفقرتين 1 و 16 منه،", List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void pinpointsOfEachReference(String lang, String text, List<String> expected) {
        List<Reference> refs = EXTRACTOR.extract(text).references();
        List<List<Pinpoints.Pinpoint>> pins = Pinpoints.find(text, refs);
        assertEquals(refs.size(), pins.size());
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!pins.get(i).isEmpty()) {
                StringBuilder sb = new StringBuilder(refs.get(i).symbol()).append('=');
                for (int k = 0; k < pins.get(i).size(); k++) {
                    Pinpoints.Pinpoint p = pins.get(i).get(k);
                    sb.append(k == 0 ? "" : ";").append(p.kind().wireName()).append(':').append(p.value());
                }
                actual.add(sb.toString());
            }
        }
        assertEquals(expected, actual, () -> "references: " + refs.stream().map(Reference::symbol).toList());
    }
}
