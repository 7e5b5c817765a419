package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which body issued a cited resolution or decision (issue 12 classes 9 and 11): the organ named earlier in the
 * sentence or paragraph, the organ named after the number, other bodies whose resolutions have no known series.
 */
class OrganScopeTest {

    private static List<String> symbols(String text) {
        return ReferenceExtractor.standard().extract(text).references().stream().map(Reference::symbol).toList();
    }

    /** Class 9: a bare number once the Security Council (or another organ) is named. */
    static Stream<Arguments> namedEarlier() {
        return Stream.of(
                Arguments.of("El Consejo de Seguridad examinó la cuestión y recordó la resolución 2118.",
                        List.of("S/RES/2118")),
                Arguments.of("The Security Council, Recalling its resolution 2254 and welcoming the report,",
                        List.of("S/RES/2254")),
                Arguments.of("The Security Council,\n\nRecalling its resolutions 1160 and 1199,\n\nNoting",
                        List.of("S/RES/1160", "S/RES/1199")),
                Arguments.of("Le Conseil de sécurité s'est réuni hier. Il a rappelé la résolution 2401.",
                        List.of("S/RES/2401")),
                Arguments.of("Совет Безопасности, ссылаясь на свою резолюцию 2216,", List.of("S/RES/2216")),
                Arguments.of("Резолюция 1701, принятая Советом Безопасности на его 5511-м заседании",
                        List.of("S/RES/1701")),
                Arguments.of("إن مجلس الأمن، إذ يشير إلى القرار 2334", List.of("S/RES/2334")),
                Arguments.of("قرار مجلس الأمن التابع للأمم المتحدة رقم 1973 هو قرار", List.of("S/RES/1973")),
                Arguments.of("安全理事会，回顾其第2118号决议，", List.of("S/RES/2118")),
                Arguments.of("The Council reaffirms all its previous relevant resolutions including 1325 (2000) "
                        + "and 1820 (2008)", List.of("S/RES/1325 (2000)", "S/RES/1820 (2008)")),
                // the Human Rights Council named before, then "the Council ... its decisions"
                Arguments.of("El Consejo de Derechos Humanos se reunió en Ginebra. El Consejo aprobó en sus "
                        + "decisiones 3/104 y 4/105", List.of("A/HRC/DEC/3/104", "A/HRC/DEC/4/105")),
                Arguments.of("Le Conseil des droits de l'homme, rappelant sa résolution 7/12,",
                        List.of("A/HRC/RES/7/12")),
                Arguments.of("El Consejo Económico y Social se reunió. Recordó la resolución 2019/4.",
                        List.of("E/RES/2019/4")),
                Arguments.of("Le Conseil économique et social, rappelant sa résolution 2008/13,",
                        List.of("E/RES/2008/13")),
                // Chinese names the issuer before the citation, across its date and title
                Arguments.of("委员会注意到大会1997年7月31日题为“加强联合国系统”的第51/241号决议。",
                        List.of("A/RES/51/241")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedEarlier")
    void theOrganNamedEarlierIssuedIt(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    /** Class 11: resolutions and decisions of other bodies, with their own series or none. */
    static Stream<Arguments> otherBodies() {
        return Stream.of(
                Arguments.of("HRC Resolution 5/1 and HRC Decision 19/119", List.of("A/HRC/RES/5/1",
                        "A/HRC/DEC/19/119")),
                Arguments.of("As per resolution 5/14 adopted by the UN Environment Assembly at UNEA-5,",
                        List.of("UNEP/EA.5/Res.14")),
                Arguments.of("la résolution 3/7 adoptée par l'Assemblée des Nations Unies pour l'environnement",
                        List.of("UNEP/EA.3/Res.7")),
                Arguments.of("The founding ECOSOC resolution (1996/31 of 25 July 1996) sets", List.of("E/RES/1996/31")),
                Arguments.of("In its resolution 2005/66, the Commission on Human Rights requested",
                        List.of("E/CN.4/RES/2005/66")),
                Arguments.of("In its resolution 61/2, the Commission invited WHO to report", List.of()),
                Arguments.of("Dans sa résolution 62/4, la Commission des stupéfiants a prié", List.of()),
                Arguments.of("The Conference of the Parties adopted at its tenth session resolution 10/2 on", List.of()),
                Arguments.of("La Conferencia de las Partes aprobó en su octavo período de sesiones la resolución 8/1",
                        List.of()),
                Arguments.of("Economic Commission for Africa resolution 844 (XXXIX) and ECLAC resolution 689 (XXXV)",
                        List.of()),
                Arguments.of("Commission on Narcotic Drugs resolution 62/1", List.of()),
                Arguments.of("Matters brought to the attention of the Economic and Social Council ...... 2 "
                        + "Resolution 64/3 Promoting", List.of()),
                Arguments.of("Taking into account UNMIK Regulation No. 2000/38 on the Establishment of the "
                        + "Ombudsperson Institution and Regulation No. 2001/9 of 15 May 2001,",
                        List.of("UNMIK/REG/2000/38", "UNMIK/REG/2001/9")),
                Arguments.of("Regulation No. 2000/38 on the Establishment of the Ombudsperson Institution", List.of()),
                Arguments.of("the Council regulation 2019/1 on customs", List.of()),
                Arguments.of("On the second day, the Meeting adopted decision 31/2 on the budget", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherBodies")
    void otherBodiesAreNotTheGeneralAssembly(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    /** Precision: a GA resolution stays a GA resolution when no other body is named, or when the GA is named. */
    static Stream<Arguments> stillTheAssembly() {
        return Stream.of(
                Arguments.of("Recalling its resolution 75/240 of 31 December 2020,", List.of("A/RES/75/240")),
                Arguments.of("recordando la resolución 70/1", List.of("A/RES/70/1")),
                Arguments.of("El Consejo de Derechos Humanos, actuando en cumplimiento del mandato que le confirió "
                        + "la Asamblea General de las Naciones Unidas en su resolución 60/251,",
                        List.of("A/RES/60/251")),
                Arguments.of("Standards are set by the General Assembly on the advice of the Committee on "
                        + "Conferences established in resolution 2239 (XXI).", List.of("A/RES/2239 (XXI)")),
                Arguments.of("In its resolution 67/226, the United Nations General Assembly requested",
                        List.of("A/RES/67/226")),
                Arguments.of("The Committee recalls General Assembly resolution 68/268", List.of("A/RES/68/268")),
                Arguments.of("Генеральная Ассамблея в своей резолюции 60/285 просила", List.of("A/RES/60/285")),
                Arguments.of("الجمعية العامة في قرارها 66/53", List.of("A/RES/66/53")),
                Arguments.of("The report on resolution 76/300 on the environment was noted",
                        List.of("A/RES/76/300")),
                Arguments.of("缔约方大会第5/1号决议和大会第70/1号决议", List.of("A/RES/70/1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stillTheAssembly")
    void aGeneralAssemblyResolutionStaysOne(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    /** Never a guess: two organs that could both have issued the number, or a date after a bare number. */
    static Stream<Arguments> noGuess() {
        return Stream.of(
                Arguments.of("resolution 2118", List.of()),
                Arguments.of("The Security Council adopted the resolution by 14 votes to none", List.of()),
                Arguments.of("The Security Council adopted the resolution on 5 June", List.of()),
                Arguments.of("Recalling the resolutions of the General Assembly and of the Human Rights Council, "
                        + "in particular resolution 25/1,", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noGuess")
    void competingOrgansGiveNothing(String text, List<String> expected) {
        assertEquals(expected, symbols(text), text);
    }

    @Test
    void aParagraphBreakEndsTheScope() {
        assertEquals(List.of(), symbols("The Security Council met today.\n\nThe report recalls resolution 2118."));
        assertEquals(List.of("S/RES/2118"), symbols("The Security Council met today. It recalled resolution 2118."));
    }

    @Test
    void theScopeIsReadForwardOnce() {
        String text = "The Security Council, Recalling its resolution 2118. The General Assembly, recalling its "
                + "resolution 70/1, and the Commission on Narcotic Drugs";
        OrganScope scope = new OrganScope(text);
        assertEquals(java.util.Set.of(CitedNumbers.Organ.SECURITY_COUNCIL), scope.at(text.indexOf("2118")));
        assertEquals(CitedNumbers.Organ.SECURITY_COUNCIL, scope.subjectAt(text.indexOf("2118")));
        assertEquals(java.util.Set.of(CitedNumbers.Organ.GENERAL_ASSEMBLY), scope.at(text.indexOf("70/1")));
        assertEquals(java.util.Set.of(CitedNumbers.Organ.GENERAL_ASSEMBLY, CitedNumbers.Organ.OTHER),
                scope.at(text.length()));
    }
}
