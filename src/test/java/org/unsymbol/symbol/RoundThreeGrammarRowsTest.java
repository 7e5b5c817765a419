package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unsymbol.symbol.GrammarRows.canonical;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grammar rows and shapes added from the round-three rejects of real symbols (issue 12): the older treaty-body forms
 * and a body's special session in parentheses. Real symbols from {@code corpus/round3/symbols.tsv} (sources there);
 * each rule has decoys it must still reject.
 */
class RoundThreeGrammarRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // CCPR/C/SWE/CO/6 (docstore.ohchr.org) cites the previous concluding observations in the pre-2005 form
        "CCPR/CO/74/SWE|CCPR/CO/74/SWE",
        // State party reports of 2001-2002 with their year (docstore.ohchr.org)
        "CCPR/C/ISR/2001/2|CCPR/C/ISR/2001/2",
        "CCPR/C/LUX/2002/3|CCPR/C/LUX/2002/3",
        // decoys: the older form takes a country code, not a modifier; the year form a report number after it
        "CCPR/CO/74/Add.1|MALFORMED",
        "CCPR/CO/SWE|MALFORMED"})
    void olderTreatyBodyForms(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // TD/B(S-XXIII)/1 (unctad.org masthead, Trade and Development Board, 23rd special session), also with the
        // masthead's stray space
        "TD/B(S-XXIII)/1|TD/B(S-XXIII)/1",
        "TD/B(S -XXIII)/1|TD/B(S-XXIII)/1",
        "TD/B/EX(15)/1|TD/B/EX(15)/1",
        // decoys: no Roman numeral, or not a valid one
        "TD/B(S-23)/1|MALFORMED",
        "TD/B(S-XXIIII)/1|MALFORMED"})
    void specialSessionInParentheses(String written, String expected) {
        assertEquals(expected, canonical(written));
    }
}
