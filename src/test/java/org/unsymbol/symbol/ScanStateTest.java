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
    void componentTakesARunOfLettersAndDigitsAndSlashEndsAComponent() {
        SymbolScanner s = at("AC/78", 0);
        assertEquals(ScanState.COMPONENT, ScanState.COMPONENT.read(s, s.r), "'AC' taken, then '/'");
        assertEquals(List.of("AC"), texts(s));
        assertEquals(3, s.compB);
        assertEquals(ScanState.COMPONENTS_END, ScanState.COMPONENT.read(s, s.r), "'78' to the end");
        assertEquals(2, s.k - s.compK);
        SymbolScanner other = at("A/1#", 3);
        assertEquals(ScanState.CHARACTER, ScanState.COMPONENT.read(other, other.r));
        assertEquals(ScanState.COMPONENT, ScanState.CHARACTER.read(other, other.r), "'#' may stand in a placeholder");
    }

    /** A quiet scan of {@code text}: its component ranges as text, or null when it failed. */
    private static List<String> quietly(String text) {
        char[] buf = text.toCharArray();
        long[] ranges = new long[8];
        SymbolScanner q = SymbolScanner.quiet(buf, 0, buf.length, ranges);
        if (!q.scan()) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < q.count; i++) {
            int from = (int) ranges[i] & 0x3FF;
            int to = (int) (ranges[i] >>> 10) & 0x3FF;
            out.add(text.substring(from, to));
        }
        if (q.parenStart >= 0) {
            out.add(text.substring(q.parenStart, q.parenEnd));
        }
        return out;
    }

    @Test
    void quietScanRecordsRangesOfWhatTheFullScanReadsWithoutAFinding() {
        assertEquals(List.of("A", "78", "265", "Add.1"), quietly("A/78/265/Add.1"));
        assertEquals(List.of("S", "RES", "2719", "(2023)"), quietly("S/RES/2719 (2023)"));
        assertEquals(List.of("TD", "B", "C.1", "IRON ORE", "1"), quietly("TD/B/C.1/IRON ORE/1"));
        SymbolScanner full = scanner("TD/B/C.1/IRON ORE/1");
        assertTrue(full.scan());
        assertTrue(findings.isEmpty(), "the full scan notes nothing there either");
    }

    @Test
    void quietScanFailsWhereTheFullScanWritesAFinding() {
        for (String noted : List.of("A/ 78", "A/78/265 Add.1", "A/78/265.Add.1", "A/C.2/L:1", "A/58/323*", "A/78/",
                "A/RES/217[A]", "A/1, A/2", "A/78  ", "A/RES/70/93 A-B")) {
            assertNull(quietly(noted), noted);
            SymbolScanner full = scanner(noted);
            boolean read = full.scan();
            assertTrue(!read || !findings.isEmpty() || full.reissued || full.trailingSlashAt >= 0
                    || full.partLetters != null || noted.endsWith(" "), noted + ": the full pipeline notes it");
        }
        // and where the full scan reads a component other than its range: spaces dropped silently
        assertNull(quietly("TD/B/IRON  ORE/1"));
        assertNull(quietly("UNEP/EX( 12)/1"));
        SymbolScanner full = scanner("UNEP/EX( 12)/1");
        assertTrue(full.scan());
        assertEquals(List.of("UNEP", "EX(12)", "1"), texts(full));
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
