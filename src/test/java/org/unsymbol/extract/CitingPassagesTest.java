package org.unsymbol.extract;

import org.unsymbol.lang.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every passage of shared/reference/citing-passages.md with the symbols it must give, in order of appearance; a
 * symbol prefixed with {@code ~} must be derived (built from a citation by number).
 */
class CitingPassagesTest {

    static Stream<Arguments> passages() {
        List<String> sr = new ArrayList<>();
        for (int i = 24; i <= 34; i++) {
            sr.add("A/C.3/59/SR." + i);
        }
        sr.add("A/C.3/59/SR.36");
        sr.add("A/C.3/59/SR.37");
        for (int i = 41; i <= 50; i++) {
            sr.add("A/C.3/59/SR." + i);
        }
        sr.add("A/C.3/59/SR.53");
        return Stream.of(
                Arguments.of("T1", "QUESTION OF A CONVENTION ON THE RIGHTS OF THE CHILD (agenda item 13) "
                                + "(E/CN.4/1989/29 and Corr.l and E/CN.4/1989/48; E/CN.4/1989/L.88)",
                        List.of("E/CN.4/1989/29", "E/CN.4/1989/29/Corr.1", "E/CN.4/1989/48", "E/CN.4/1989/L.88")),
                Arguments.of("T3", "An account of the Committee's discussion is contained in the relevant summary "
                        + "records (A/C.3/59/SR.24-34, 36, 37, 41-50 and 53).", sr),
                Arguments.of("T5", "These provisions are reproduced in the annexes to the rules of procedure of the "
                                + "General Assembly (A/520/Rev.15 and Amend.1 and 2, annexes I, II and IV-VIII).",
                        List.of("A/520/Rev.15", "A/520/Rev.15/Amend.1", "A/520/Rev.15/Amend.2")),
                Arguments.of("T7", "the draft resolution \"Advancing responsible State behaviour in cyberspace in "
                                + "the context of international security\" (document A/C.1/74/L.49/Rev.1), with 161 in "
                                + "favour. Press release GA/DIS/3643.",
                        List.of("A/C.1/74/L.49/Rev.1")),
                Arguments.of("T9", "l'Assemblée générale a adopté les résolutions 66/53, 66/54, 66/55, 66/56, 66/57 "
                                + "et 66/58 sur la base du rapport de la Première Commission (A/66/413). … Par sa "
                                + "résolution S-10/2 du 30 juin 1978",
                        List.of("~A/RES/66/53", "~A/RES/66/54", "~A/RES/66/55", "~A/RES/66/56", "~A/RES/66/57",
                                "~A/RES/66/58", "A/66/413", "~A/RES/S-10/2")),
                Arguments.of("T11", "Durante el 67 periodo de sesiones de la Asamblea General, los estados han "
                                + "adoptado la resolución A/RES/67/27\nResolución 102 (I) de la Asamblea General",
                        List.of("A/RES/67/27", "~A/RES/102 (I)")),
                Arguments.of("T13", "…выявленных в докладах о просьбах о срочных мерах, принятых на "
                                + "одиннадцатойшестнадцатой сессиях (CED/C/11/3, CED/C/12/2, CED/C/13/3, CED/C/14/2, "
                                + "CED/C/15/3 и CED/C/16/2).",
                        List.of("CED/C/11/3", "CED/C/12/2", "CED/C/13/3", "CED/C/14/2", "CED/C/15/3", "CED/C/16/2")),
                Arguments.of("T15", "通过日期 联合国大会2015年12月16日第70/125号决议通过\n又重申大会在2014年7月31日第68/302 号决议中决定",
                        List.of("~A/RES/70/125", "~A/RES/68/302")),
                Arguments.of("T17", "اتخذ في الجلسة العامة 74، المعقودة في 17 كانون الأول/ديسمبر 2007، دون تصويت، "
                                + "على أساس مشروع القرار A/62/L.6 و Add.1",
                        List.of("A/62/L.6", "A/62/L.6/Add.1")),
                Arguments.of("T19", "وفقا لما دُعي إليه في قرار الجمعية العامة 56/24 صاد؛\nتمشيا مع قرار الجمعية العامة 57/270 باء",
                        List.of("~A/RES/56/24 R", "~A/RES/57/270 B")),
                Arguments.of("T21", "[(Add. و 1 A/61/L. [دون الإحالة إلى لجنة رئيسية ( 56\n"
                                + "وإذ تشير أيضا إلى قراراﺗﻬا ٢ (د - ١) المؤرخ ١ شباط /فبراير ١٩٤٦",
                        List.of("A/61/L.56/Add.1", "A/61/L.56", "~A/RES/2 (I)")),
                Arguments.of("T23", "A/RES/69/274 A includes the following statement: \"Recalling section I of its "
                                + "resolution 68/247 B of 9 April 2014\"\nA/RES/70/93 A-B includes … \"Recalling its "
                                + "resolutions 69/96 A and B of 5 December 2014\"",
                        List.of("A/RES/69/274 A", "~A/RES/68/247 B", "A/RES/70/93 A-B", "~A/RES/69/96 A",
                                "~A/RES/69/96 B")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void extractsExactlyTheExpectedSymbols(String id, String text, List<String> expected) {
        Extraction x = ReferenceExtractor.standard().extract(text);
        List<String> got = x.references().stream().map(r -> (r.derived() ? "~" : "") + r.symbol()).toList();
        assertEquals(expected, got, id);
        for (Reference r : x.references()) {
            assertEquals(r.text(), text.substring(r.start(), r.end()), id);
            assertEquals(ReferenceStatus.VALID, r.status(), id + " " + r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void languageHintChangesNothing(String id, String text, List<String> expected) {
        List<String> without = ReferenceExtractor.standard().extract(text).symbols();
        for (Language l : Language.values()) {
            assertEquals(without, ReferenceExtractor.standard().extract(text, l).symbols(), id + " " + l);
        }
        assertTrue(ReferenceExtractor.standard().extract(text).language().isPresent(), id);
    }
}
