package org.unsymbol.symbol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner's cursor: its reads stay inside its range and its runs stop where they should. */
class CursorTest {

    private static Cursor over(String text) {
        return new Cursor(text.toCharArray(), 0, text.length());
    }

    @Test
    void movesAndReadsTheCurrentCharacter() {
        Cursor r = over("A/78");
        assertEquals('A', r.current());
        r.advance();
        assertEquals('/', r.current());
        r.moveTo(3);
        assertEquals('8', r.current());
        r.advance();
        assertTrue(r.isEmpty());
    }

    @Test
    void runsStopAtTheFirstOtherCharacterAndAtTheEnd() {
        Cursor r = over("A   /Add.1 xy");
        assertEquals(4, r.runEnd(' ', 1));
        assertEquals(0, r.runEnd(' ', 0), "no run: the position itself");
        assertEquals(8, r.lettersEnd(5));
        assertEquals(13, r.lettersEnd(11), "a run of letters ends at the end of the range");
        assertEquals(5, over("A-B-C").wordEnd(0), "letters and hyphens: part letters A-B-C");
    }

    @Test
    void neverReadsPastItsRange() {
        char[] buf = "A/1 B/2".toCharArray();
        Cursor r = new Cursor(buf, 0, 3); // the first single of a joint symbol
        assertEquals(3, r.lettersEnd(3));
        assertEquals(-1, r.indexOf('B', 0), "a character beyond the end is not found");
        assertFalse(r.is(4, 'B'));
        assertTrue(r.is(1, '/'));
    }

    @Test
    void findsTheMatchingParenthesisCountingNesting() {
        Cursor r = over("(Part (I)) x");
        assertEquals(9, r.matching(0));
        assertEquals(8, r.matching(6));
        assertEquals(-1, over("(open").matching(0));
    }

    @Test
    void trimsTheEndAndDropsAFinalMark() {
        Cursor r = over("A/58/323 *  ");
        assertEquals(10, r.trimEnd());
        assertEquals(9, r.dropLast('*'), "the index of the mark");
        assertEquals(8, r.end(), "and the spaces before it");
        assertEquals(-1, r.dropLast('*'), "only one final mark");
        Cursor blank = over("   ");
        assertEquals(0, blank.trimEnd());
        assertTrue(blank.isEmpty());
    }
}
