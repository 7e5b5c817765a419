package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unsymbol.symbol.GrammarRows.canonical;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar rules written for the failures rounds two and five left (issue 12): OCR letters in the slots where the
 * grammar expects digits, a dot typed for a slash where a component must end, a root with its division in
 * parentheses and a series spaced as printed, a body nature with its own meeting records, and two forms refused by
 * the grammar (the consecutive A/ numbering's end, a slug of one dash). Every example is made up from the rule, not
 * a corpus line; each rule has decoys that it must leave alone.
 */
class RoundFiveLeftRulesTest {

    private static final SymbolParser PARSER = SymbolParser.standard();

    /** The document number after a year is digits only: OCR's S, O, l, I there are 5, 0, 1, 1. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E/1983/S7|E/1983/57",
        "S/2004/3O|S/2004/30",
        "S/2011/4I|S/2011/41",
        "E/1990/S0/Add.1|E/1990/50/Add.1",
        // decoys: not after a year (a session; a code), letters alone, a sales number
        "A/48/S1|MALFORMED",
        "E/CN.4/S1|MALFORMED",
        "E/1983/SS|MALFORMED",
        "E.83.II.A.5|MALFORMED"})
    void ocrLettersInTheNumberAfterAYear(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /** A dotted nature's number ending in OCR's O for the final zero of a round number. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "S/AC.26/Dec.2O|S/AC.26/Dec.20",
        "A/C.3/SR.1OO|A/C.3/SR.100",
        // decoys: an O between digits, an O alone, a Roman body number
        "S/AC.26/Dec.2O3|MALFORMED",
        "S/AC.26/Dec.O|MALFORMED",
        "TD/B/C.I/12|TD/B/C.I/12"})
    void ocrZeroEndingADottedNaturesNumber(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /** A dot typed for the slash after a registered root before a numbered body, or before a slash nature. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E.CN.7/2019/3|E/CN.7/2019/3",
        "A.C.5/60/12|A/C.5/60/12",
        "A/CONF.151.INF/4|A/CONF.151/INF/4",
        "E/CN.4.NGO/88|E/CN.4/NGO/88",
        // decoys: a sales number, a job number, an unregistered root, a dot before a word that is no slash nature
        "E.77.I.6|MALFORMED",
        "GB.300/PFA/2|MALFORMED",
        "QQ.AC.1/2|MALFORMED",
        "A/CONF.151.XYZ/4|MALFORMED"})
    void aDotTypedForASlash(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /**
     * A root with its division's capitals in parentheses, registered with its series printed with a space
     * ({@code UNEP(DEPI)/MED WG.n}, {@code IG.n}); a missing dot before the meeting number restored.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UNEP(DEPI)/MED WG.401/7|UNEP(DEPI)/MED WG.401/7",
        "UNEP(DEPI)/MED IG.22/28|UNEP(DEPI)/MED IG.22/28",
        "UNEP(DEPI)/MED WG 401/7|UNEP(DEPI)/MED WG.401/7",
        "UNEP(DEPI)/MED WG.401/7/Corr.1|UNEP(DEPI)/MED WG.401/7/Corr.1",
        // decoys: a division anywhere but the root, a division of lower-case letters, an empty one
        "A/C.5(DEPI)/3|MALFORMED",
        "UNEP(Depi)/MED WG.401/7|MALFORMED",
        "UNEP()/1|MALFORMED"})
    void aRootWithItsDivisionAndASpacedSeries(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /** The General Committee (BUR) keeps its own summary and verbatim records; other natures do not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A/BUR/60/SR.3|A/BUR/60/SR.3",
        "A/BUR/60/PV.2|A/BUR/60/PV.2",
        "A/BUR/60/4|A/BUR/60/4",
        // decoys: a document nature with records, a second nature after BUR
        "A/INF/60/SR.3|MALFORMED",
        "A/BUR/60/L.3|MALFORMED"})
    void aBodyNatureWithItsMeetingRecords(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    /**
     * Refused: a plain A/ number beyond the consecutive numbering (1946-1975, below A/11000), and a root joined to one
     * number by a single dash with no other separator (another kind of code); the slugs and numbers of the rule's
     * own range still read.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A/52140|MALFORMED",
        "A/11000|MALFORMED",
        "E-2417|MALFORMED",
        "A/10952|A/10952",
        "A/7201/Add.1|A/7201/Add.1",
        "A-79-PV.1|A/79/PV.1",
        "A-8003.pdf|A/8003",
        "S/26901|S/26901"})
    void implausibleForms(String written, String expected) {
        assertEquals(expected, canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"E/1983/S7|NORMALIZED_OCR", "S/AC.26/Dec.2O|NORMALIZED_OCR",
        "E.CN.7/2019/3|NORMALIZED_PUNCTUATION", "A/CONF.151.INF/4|NORMALIZED_PUNCTUATION"})
    void eachRepairIsAWarning(String written, FindingCode code) {
        ParseResult r = PARSER.parse(written);
        assertTrue(r.valid() && r.findings().stream().anyMatch(f -> f.code() == code
                && f.severity() == Severity.WARNING), r.findings()::toString);
    }
}
