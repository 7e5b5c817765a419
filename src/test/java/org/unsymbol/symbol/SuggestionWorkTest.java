package org.unsymbol.symbol;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work of one parse grows linearly with the input: every error of a messy input used to add a repair candidate
 * (a copy of the whole input) and every candidate was parsed again, so n errors cost n full re-parses of n characters.
 * Counted, not timed: the number of candidate re-parses must not grow with the number of errors.
 */
class SuggestionWorkTest {

    @Test
    void candidateReparsesAreBoundedWhateverTheNumberOfErrors() {
        SymbolParser parser = new SymbolParser(BodyRegistry.bundled(), Clock.systemUTC());
        long previous = -1;
        for (int units : new int[]{2, 8, 16, 32, 36}) {
            String input = "A/C.1./".repeat(units); // one stray '.' (an error with a repair) per unit
            assertTrue(input.length() <= SymbolParser.MAX_LENGTH, "stays under the length limit");
            long before = parser.candidateParses();
            ParseResult r = parser.parse(input);
            long reparses = parser.candidateParses() - before;
            assertTrue(r.errors().size() >= units, "the input has an error per unit: " + r.errors().size());
            assertTrue(reparses <= SymbolParser.MAX_CANDIDATES,
                    units + " units: " + reparses + " re-parses, at most " + SymbolParser.MAX_CANDIDATES);
            if (units >= 16) {
                assertEquals(previous, reparses, "the count stops growing with the input");
            }
            previous = reparses;
        }
    }

    @Test
    void aSymbolPastTheLimitIsTooLongAndTheLimitIsAPathSegmentsWorth() {
        assertEquals(256, SymbolParser.MAX_LENGTH);
        ParseResult r = SymbolParser.standard().parse("A/" + "1".repeat(SymbolParser.MAX_LENGTH));
        assertEquals(FindingCode.TOO_LONG, r.errors().get(0).code());
    }

    /** Not an assertion (the machine is shared): the CPU time per character, printed for the record. */
    @Test
    void printsTheCostOfALongMessyInput() {
        SymbolParser parser = SymbolParser.standard();
        for (int units : new int[]{9, 36}) {
            String input = "A/C.1./".repeat(units);
            for (int i = 0; i < 200; i++) {
                parser.parse(input);
            }
            long t = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                parser.parse(input);
            }
            System.out.printf("parse of %d chars: %.1f us%n", input.length(), (System.nanoTime() - t) / 200 / 1000.0);
        }
    }
}
