package org.unsymbol.draft;

import org.junit.jupiter.api.Test;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexical proof of a page over the glyph budget: it decides only what the dry run would count the same way. */
class ShownTextTest {

    /** glyph budget 10 a page, operator budget {@code operators}. */
    private static ShownText.Lexer lex(String content, long operators) {
        ShownText.Lexer lexer = new ShownText.Lexer(new DraftBudget(5_000_000, 64L << 20, 2000, operators, 10,
                10_000_000_000L));
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        try {
            // in pieces of 3 bytes, so that tokens span writes
            for (int i = 0; i < bytes.length; i += 3) {
                lexer.write(bytes, i, Math.min(3, bytes.length - i));
            }
        } catch (RuntimeException e) {
            assertFalse(e instanceof ProblemException, e.toString());
        }
        return lexer;
    }

    @Test
    void shownBytesInsideTextObjectsPassTheBudget() {
        ShownText.Lexer l = lex("BT /F1 12 Tf 72 700 Td (ABCDE) Tj [(FGH) -250 <494A4B>] TJ ET", 1000);
        assertTrue(l.over);
        assertEquals(11, l.shown);
    }

    @Test
    void underTheBudgetNothingIsDecided() {
        ShownText.Lexer l = lex("BT /F1 12 Tf (ABCDE) Tj ET % (a comment (not text) Tj\n", 1000);
        assertFalse(l.over);
        assertEquals(5, l.shown);
    }

    @Test
    void textOutsideATextObjectIsNotShown() {
        assertFalse(lex("(ABCDEFGHIJKL) Tj", 1000).over); // PDFBox ignores it; the lexer stops undecided
    }

    @Test
    void theOperatorBudgetKeepsItsTurn() {
        // the 11th glyph comes at the 6th operator: with 5 operators left the operator budget speaks first
        String content = "BT (ABCDEFGH) Tj (IJ) Tj 1 Tc 2 Tw (K) Tj ET";
        assertTrue(lex(content, 6).over);
        ShownText.Lexer l = lex(content, 5);
        assertFalse(l.over);
        assertTrue(l.undecided);
    }

    @Test
    void whatItDoesNotFullyReadLeavesTheDecisionToTheDryRun() {
        for (String content : new String[]{
                "BT (AB\\\\CDEFGHIJKL) Tj ET",             // an escape
                "BT (ABCDEF\r\nGHIJKL) Tj ET",            // CR LF in a string is one byte
                "BT (ABCDEFGHIJKL) ' ET",                   // ' runs T* and Tj
                "BT 0 -12 TD (ABCDEFGHIJKL) Tj ET",         // TD runs TL and Td
                "BT /Fm1 Do (ABCDEFGHIJKL) Tj ET",          // a form: its operators are counted too
                "BT << /MCID 0 >> BDC (ABCDEFGHIJKL) Tj ET", // a dictionary
                "BT (ABCDEF) (GHIJKL) Tj ET",               // PDFBox shows the first operand only
                "BT 1.2.3 Tc (ABCDEFGHIJKL) Tj ET"}) {      // not a number
            ShownText.Lexer l = lex(content, 1000);
            assertFalse(l.over, content);
            assertTrue(l.undecided, content);
        }
    }
}
