package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unsymbol.symbol.GrammarRows.canonical;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar rules written from the round-five failures: {@code Dec.} as a dotted nature, and the OCR failures (issue 12, class 8): a scanned modifier's number printed with the
 * letters that look like its digits ({@code Add.I}, {@code Add.lO}, {@code Corr.1O}). A modifier's number is all
 * digits, so there the letters are read as digits; elsewhere they keep their meaning. The examples are made up for
 * the class, not taken from the corpus.
 */
class RoundFiveOcrNumbersTest {

    private static final SymbolParser PARSER = SymbolParser.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E/CN.12/L.55/Add.I|E/CN.12/L.55/Add.1",
        "A/29/12/Add.lO|A/29/12/Add.10",
        "A/C.2/L.803/Corr.1O|A/C.2/L.803/Corr.10",
        "S/9120/Rev.I|S/9120/Rev.1",
        "A/8003/Add.I2|A/8003/Add.12",
        "E/4475/Add.2O|E/4475/Add.20",
        // the lower-case l alone, as before
        "E/4475/Add.l|E/4475/Add.1",
        // decoys: an O with no digit beside it, letters in a number that is no modifier's, and a Roman part number
        "A/8003/Add.O|MALFORMED",
        "A/8003/Add.OO|MALFORMED",
        "A/8003/Add.IX|MALFORMED",
        "A/C.2/L.8O3|MALFORMED"})
    void lettersForDigitsInAModifierNumber(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /**
     * A body's decisions numbered with a dot ({@code Dec.}), as the UNCC Governing Council's and UNIDO's Board print
     * them: a document nature like {@code SR.} or {@code L.}, canonical in the case printed, {@code Dec.}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "S/AC.26/Dec.118|S/AC.26/Dec.118",
        "S/AC.26/DEC.7|S/AC.26/Dec.7",
        "S/AC.26/Dec.3/Corr.1|S/AC.26/Dec.3/Corr.1",
        "UNEP/GC.22/Dec.5|UNEP/GC.22/Dec.5",
        // decoys: a decision series with its number lost, and Dec. after the number of a document
        "S/AC.26/Dec.|MALFORMED",
        "S/2001/5/Dec.1|MALFORMED"})
    void decisionsNumberedWithADot(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"E/CN.12/L.55/Add.I", "A/29/12/Add.lO"})
    void theRepairIsReported(String written) {
        ParseResult r = PARSER.parse(written);
        assertTrue(r.findings().stream().anyMatch(f -> f.code() == FindingCode.NORMALIZED_OCR), r.findings()::toString);
    }
}
