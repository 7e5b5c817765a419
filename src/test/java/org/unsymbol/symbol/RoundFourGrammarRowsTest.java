package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unsymbol.symbol.GrammarRows.canonical;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grammar data added from the round-four rejects (issue 12, {@code corpus/round4/README.md}): the mixed-case elements
 * of the Montreal Protocol's series and the older CCPR reports with a two-digit year. Made-up symbols of the same
 * shapes; each rule has decoys.
 */
class RoundFourGrammarRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UNEP/OzL.Pro/ExCom/90/7|UNEP/OzL.Pro/ExCom/90/7",
        "unep/ozl.pro/excom/90/7|UNEP/OzL.Pro/ExCom/90/7",
        "UNEP/OzL.Pro/ImpCom/60/2|UNEP/OzL.Pro/ImpCom/60/2",
        "UNEP/OzL.Pro.30/Bur.1/2|UNEP/OzL.Pro.30/Bur.1/2",
        // decoys: the General Assembly's BUR/ nature and other codes stay upper case
        "a/bur/60/1|A/BUR/60/1",
        "unep/ea.5/l.2|UNEP/EA.5/L.2"})
    void montrealProtocolElementsInMixedCase(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C ERD/C/KEN/CO/5-7|CERD/C/KEN/CO/5-7",
        "C EDAW/C/PER/CO/9|CEDAW/C/PER/CO/9",
        // decoy: the letters after the space are a registered root by themselves, so nothing is joined and the
        // parse stays what it was before the rule (an unregistered root "C ST", never "CST")
        "C ST/SGB/2019/1|C ST/SGB/2019/1"})
    void rootSplitAfterItsFirstLetter(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a body's element with its number where the root was left out is no root of its own
        "WP.11/AC.3|MALFORMED",
        "AC.5/2019/1|MALFORMED",
        // decoys: the element inside its series; a root numbered with its session (UNIDO's Board)
        "ECE/TRANS/WP.11/240|ECE/TRANS/WP.11/240",
        "IDB.50/2|IDB.50/2"})
    void bodyElementsAreNoRoots(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CCPR/C/HRV/98/1|CCPR/C/HRV/98/1",
        "CCPR/C/HRV/98/1/Add.1|CCPR/C/HRV/98/1/Add.1",
        // decoy: one number too many
        "CCPR/C/HRV/98/1/2|MALFORMED"})
    void olderCcprReportsWithTwoDigitYear(String written, String expected) {
        assertEquals(expected, canonical(written));
    }
}
