package org.unsymbol.symbol;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scanner's named states one at a time: what each reads, what it records and writes, and which state it hands
 * over to. The scanner is built over raw text (no cleaning), as the parser builds it over the cleaned buffer.
 */
class ScanStateTest {

    private Findings findings;

    private SymbolScanner scanner(String text) {
        CleanText t = new CleanText(text);
        t.from = 0;
        t.to = text.length();
        findings = new Findings();
        findings.attach(t);
        return new SymbolScanner(t, new FindingsWriter(findings, t), 0, text.length());
    }

    /** A scanner past {@link ScanState#START}, its cursor at {@code at}. */
    private SymbolScanner at(String text, int at) {
        SymbolScanner s = scanner(text);
        assertEquals(ScanState.COMPONENT, ScanState.START.read(s, s.r));
        s.r.moveTo(at);
        return s;
    }

    /** A scanner run from the start until the next state to read is {@code state}. */
    private SymbolScanner until(String text, ScanState state) {
        SymbolScanner s = scanner(text);
        ScanState next = ScanState.START;
        for (int n = 0; next != state; n++) {
            assertTrue(n < 100 && next != ScanState.DONE && next != ScanState.FAILED, "never reached " + state);
            next = next.read(s, s.r);
        }
        return s;
    }

    private static List<String> texts(SymbolScanner s) {
        return s.comps.stream().map(c -> c.text).collect(Collectors.toList());
    }

    private List<FindingCode> codes() {
        return findings.sorted().stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void startDropsTrailingSpacesAndTheReissueMark() {
        SymbolScanner s = scanner("A/58/323 * ");
        assertEquals(ScanState.COMPONENT, ScanState.START.read(s, s.r));
        assertTrue(s.reissued);
        assertEquals(9, s.reissueAt);
        assertEquals(8, s.r.end());
        assertTrue(findings.isEmpty(), "the note on the mark is the assembler's, once the symbol stands");
    }

    @Test
    void componentTakesCharactersAndSlashEndsAComponent() {
        SymbolScanner s = at("A/78", 0);
        assertEquals(ScanState.CHARACTER, ScanState.COMPONENT.read(s, s.r));
        assertEquals(ScanState.COMPONENT, ScanState.CHARACTER.read(s, s.r));
        assertEquals(1, s.k);
        assertEquals(ScanState.COMPONENT, ScanState.COMPONENT.read(s, s.r), "'/'");
        assertEquals(List.of("A"), texts(s));
        assertEquals(2, s.compB);
    }

    @Test
    void componentHandsSpacesDotsColonsAndParenthesesToTheirStates() {
        SymbolScanner space = at("A /1", 1);
        assertEquals(ScanState.SPACE, ScanState.COMPONENT.read(space, space.r));
        SymbolScanner s = at("A/1.x:(", 3);
        assertEquals(ScanState.DOT, ScanState.COMPONENT.read(s, s.r));
        s.r.moveTo(5);
        assertEquals(ScanState.COLON, ScanState.COMPONENT.read(s, s.r));
        s.r.moveTo(6);
        assertEquals(ScanState.OPEN_PAREN, ScanState.COMPONENT.read(s, s.r));
        SymbolScanner end = at("A/1", 3);
        assertEquals(ScanState.COMPONENTS_END, ScanState.COMPONENT.read(end, end.r));
    }

    @Test
    void characterFailsOnAListAMisplacedMarkOrAStrayCharacter() {
        SymbolScanner list = at("A/1, A/2", 3);
        assertEquals(ScanState.FAILED, ScanState.CHARACTER.read(list, list.r));
        assertEquals(List.of(FindingCode.CITATION_PHRASE), codes());
        SymbolScanner mark = at("A/1*/2", 3);
        assertEquals(ScanState.FAILED, ScanState.CHARACTER.read(mark, mark.r));
        assertEquals(List.of(FindingCode.MISPLACED_REISSUE_MARK), codes());
        SymbolScanner odd = at("A/1%", 3);
        assertEquals(ScanState.FAILED, ScanState.CHARACTER.read(odd, odd.r));
        assertEquals(List.of(FindingCode.INVALID_CHARACTER), codes());
    }

    @Test
    void spaceBeforeAModifierWordIsReadAsASlash() {
        SymbolScanner s = at("A/78/265 Add.1", 0);
        ScanState state = ScanState.COMPONENT;
        while (state != ScanState.SPACE) {
            state = state.read(s, s.r);
        }
        assertEquals(ScanState.COMPONENT, ScanState.SPACE.read(s, s.r));
        assertEquals(List.of("A", "78", "265"), texts(s));
        assertEquals(9, s.r.pos());
        assertEquals(List.of(FindingCode.NORMALIZED_PUNCTUATION), codes());
    }

    @Test
    void spaceBeforeOneLetterStartsTheTailAndStraySpacesGo() {
        SymbolScanner part = until("A/RES/69/274 A", ScanState.SPACE);
        assertEquals(ScanState.COMPONENTS_END, ScanState.SPACE.read(part, part.r));
        assertEquals(13, part.tailStart);
        SymbolScanner stray = until("A/ 78", ScanState.SPACE);
        assertEquals(ScanState.COMPONENT, ScanState.SPACE.read(stray, stray.r));
        assertEquals(3, stray.r.pos());
        assertEquals(List.of(FindingCode.NORMALIZED_WHITESPACE), codes());
    }

    @Test
    void spaceBetweenDigitsSplitsANumber() {
        SymbolScanner s = until("A/7 8", ScanState.SPACE);
        assertEquals(ScanState.FAILED, ScanState.SPACE.read(s, s.r));
        assertEquals(List.of(FindingCode.MALFORMED_NUMBER), codes());
    }

    @Test
    void dotAfterDigitsBeforeAModifierIsASlashElseACharacter() {
        SymbolScanner s = until("A/265.Add.1", ScanState.DOT);
        assertEquals(5, s.r.pos());
        assertEquals(ScanState.COMPONENT, ScanState.DOT.read(s, s.r));
        assertEquals(List.of("A", "265"), texts(s));
        assertEquals(List.of(FindingCode.NORMALIZED_PUNCTUATION), codes());
        SymbolScanner dotted = until("A/L.1", ScanState.DOT);
        assertEquals(ScanState.CHARACTER, ScanState.DOT.read(dotted, dotted.r), "L.1 keeps its dot");
    }

    @Test
    void colonBetweenLettersAndANumberIsADot() {
        SymbolScanner s = until("A/L:1", ScanState.COLON);
        assertEquals(ScanState.COMPONENT, ScanState.COLON.read(s, s.r));
        assertEquals('.', s.sc[s.k - 1]);
        assertEquals(List.of(FindingCode.NORMALIZED_PUNCTUATION), codes());
        SymbolScanner bad = until("A/1:1", ScanState.COLON);
        assertEquals(ScanState.CHARACTER, ScanState.COLON.read(bad, bad.r));
    }

    @Test
    void openParenKeepsABodyNumberInItsComponentElseStartsTheTail() {
        SymbolScanner body = until("UNEP/EX(12)/1", ScanState.OPEN_PAREN);
        assertEquals(ScanState.COMPONENT, ScanState.OPEN_PAREN.read(body, body.r));
        assertEquals("EX(12)", new String(body.sc, body.compK, body.k - body.compK));
        SymbolScanner whole = scanner("UNEP/EX(12)/1");
        assertTrue(whole.scan());
        assertEquals(List.of("UNEP", "EX(12)", "1"), texts(whole));
        SymbolScanner tail = until("A/RES/1(I)", ScanState.OPEN_PAREN);
        assertEquals(ScanState.COMPONENTS_END, ScanState.OPEN_PAREN.read(tail, tail.r));
        assertEquals(7, tail.tailStart);
    }

    @Test
    void componentsEndNotesATrailingSlash() {
        SymbolScanner s = scanner("A/78/");
        assertTrue(s.scan());
        assertEquals(4, s.trailingSlashAt);
        assertEquals(List.of("A", "78"), texts(s));
    }

    @Test
    void tailReadsPartLettersAndParentheticals() {
        SymbolScanner s = scanner("A/RES/70/93 A-B (2015)");
        assertTrue(s.scan());
        assertEquals("A-B", s.partLetters);
        assertEquals(1, s.parens.size());
        assertEquals("2015", s.parens.get(0).text());
        assertEquals(List.of("A", "RES", "70", "93"), texts(s));
    }

    @Test
    void tailBracketIsTheDigitalLibrarysPartLetter() {
        SymbolScanner s = at("A/RES/217[a]", 9);
        assertEquals(ScanState.TAIL_BRACKET, ScanState.TAIL.read(s, s.r));
        assertEquals(ScanState.TAIL, ScanState.TAIL_BRACKET.read(s, s.r));
        assertEquals("A", s.partLetters);
        assertEquals(List.of(FindingCode.NORMALIZED_PUNCTUATION), codes());
        assertEquals(ScanState.DONE, ScanState.TAIL.read(s, s.r));
    }

    @Test
    void tailFailsOnAnUnclosedParenthesisASecondWordOrAList() {
        SymbolScanner open = at("A/RES/1 (I", 8);
        assertEquals(ScanState.TAIL_PAREN, ScanState.TAIL.read(open, open.r));
        assertEquals(ScanState.FAILED, ScanState.TAIL_PAREN.read(open, open.r));
        assertEquals(List.of(FindingCode.UNBALANCED_PARENTHESIS), codes());
        SymbolScanner word = at("A/RES/1 A Foo", 10);
        word.partLetters = "A";
        assertEquals(ScanState.FAILED, ScanState.TAIL_WORD.read(word, word.r));
        assertEquals(List.of(FindingCode.UNEXPECTED_COMPONENT), codes());
        SymbolScanner list = at("A/RES/1 (I), 2", 11);
        assertEquals(ScanState.FAILED, ScanState.TAIL.read(list, list.r));
        assertEquals(List.of(FindingCode.CITATION_PHRASE), codes());
    }

    @Test
    void terminalStatesStay() {
        assertEquals(ScanState.DONE, ScanState.DONE.read(null, null));
        assertEquals(ScanState.FAILED, ScanState.FAILED.read(null, null));
    }

    @Test
    void aWholeScanRemovesStraySpacesAndKeepsCompoundCodes() {
        SymbolScanner s = scanner("TD/B/C.1/IRON ORE/ 1");
        assertTrue(s.scan());
        assertEquals(List.of("TD", "B", "C.1", "IRON ORE", "1"), texts(s));
        assertEquals(List.of(FindingCode.NORMALIZED_WHITESPACE), codes());
        assertNull(s.partLetters);
    }
}
