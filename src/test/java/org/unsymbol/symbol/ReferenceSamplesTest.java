package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of symbols-valid.txt, symbols-invalid.txt and symbols-normalize.txt. */
class ReferenceSamplesTest {

    private static final SymbolParser PARSER = ReferenceFiles.parser();

    /** The reason code decided for each line of symbols-invalid.txt. */
    static final Map<String, FindingCode> INVALID_REASONS = Map.ofEntries(
            Map.entry("A//78/265", FindingCode.EMPTY_COMPONENT),
            Map.entry("/A/78/265", FindingCode.EMPTY_COMPONENT),
            Map.entry("A/78/265/Add.", FindingCode.MODIFIER_WITHOUT_NUMBER),
            Map.entry("A/78/265/Rev.", FindingCode.MODIFIER_WITHOUT_NUMBER),
            Map.entry("A/78/265/Add.0", FindingCode.ZERO_NUMBER),
            Map.entry("A/AC.292/2024/CRP.X", FindingCode.PLACEHOLDER_NUMBER),
            Map.entry("A/78/xxx", FindingCode.PLACEHOLDER_NUMBER),
            Map.entry("A/RES/78/###", FindingCode.PLACEHOLDER_NUMBER),
            Map.entry("X/78/265", FindingCode.UNKNOWN_ROOT),
            Map.entry("GA/78/265", FindingCode.NOT_A_DOCUMENT),
            Map.entry("A/30/1", FindingCode.SESSION_OUT_OF_RANGE),
            Map.entry("A/999/1", FindingCode.SESSION_OUT_OF_RANGE),
            Map.entry("A/RES/78/0", FindingCode.ZERO_NUMBER),
            Map.entry("A/RES/78/", FindingCode.EMPTY_COMPONENT),
            Map.entry("A/RES/75/240 (XXX)", FindingCode.ROMAN_SESSION_NOT_ALLOWED),
            Map.entry("A/RES/3542 (XXX)", FindingCode.RESOLUTION_NUMBER_OUT_OF_RANGE),
            Map.entry("A/RES/217 (IC)", FindingCode.INVALID_ROMAN_NUMERAL),
            Map.entry("S/RES/0 (2023)", FindingCode.ZERO_NUMBER),
            Map.entry("S/RES/2719 (2023", FindingCode.UNBALANCED_PARENTHESIS),
            Map.entry("S/PRST/1993/1", FindingCode.YEAR_OUT_OF_RANGE),
            Map.entry("S/1993/100", FindingCode.YEAR_OUT_OF_RANGE),
            Map.entry("E/CN.4/1989/SR.", FindingCode.MISSING_DOCUMENT_NUMBER),
            Map.entry("A/78/PV.", FindingCode.MISSING_DOCUMENT_NUMBER),
            Map.entry("A/78/L.", FindingCode.MISSING_DOCUMENT_NUMBER),
            Map.entry("A/C.1./78/L.11", FindingCode.STRAY_PUNCTUATION),
            Map.entry("A/AC./2024/1", FindingCode.MISSING_BODY_NUMBER),
            Map.entry("A/78/265/Appendix.1", FindingCode.UNKNOWN_MODIFIER),
            Map.entry("A/HRC/RES/55", FindingCode.MISSING_DOCUMENT_NUMBER),
            Map.entry("A/78/-265", FindingCode.MALFORMED_NUMBER),
            Map.entry("A/C.3/59/SR.24-34", FindingCode.RANGE_NOT_A_SYMBOL),
            Map.entry("A/55/305S/2000/809", FindingCode.FUSED_JOINT_SYMBOL),
            Map.entry("ecn42005l11add7", FindingCode.UNRECOGNIZED_FORM),
            Map.entry("A/78/265 and Corr.1", FindingCode.CITATION_PHRASE),
            Map.entry("*A/78/265", FindingCode.MISPLACED_REISSUE_MARK),
            Map.entry("CCPR/C/GC/", FindingCode.EMPTY_COMPONENT),
            Map.entry("A/ES-/PV.1", FindingCode.MISSING_SESSION_NUMBER),
            Map.entry("", FindingCode.EMPTY_INPUT),
            Map.entry("A", FindingCode.MISSING_DOCUMENT_NUMBER));

    static Stream<Arguments> valid() {
        return ReferenceFiles.rows("symbols-valid.txt");
    }

    static Stream<Arguments> invalid() {
        return ReferenceFiles.rows("symbols-invalid.txt");
    }

    static Stream<Arguments> normalize() {
        return ReferenceFiles.rows("symbols-normalize.txt");
    }

    @ParameterizedTest(name = "valid: {0}")
    @MethodSource("valid")
    void acceptsValidSymbolAsCanonical(String symbol, String source) {
        ParseResult r = PARSER.parse(symbol);
        assertTrue(r.valid(), () -> symbol + " (" + source + ") rejected: " + r.findings());
        // a reissue mark is dropped from the canonical form (kept as the reissued flag and a warning)
        String expected = symbol.endsWith("*") ? symbol.substring(0, symbol.length() - 1) : symbol;
        assertEquals(expected, r.symbol().orElseThrow().canonical());
        assertTrue(r.errors().isEmpty());
    }

    @ParameterizedTest(name = "invalid: {0}")
    @MethodSource("invalid")
    void rejectsInvalidSymbolWithItsReason(String input, String reason) {
        FindingCode expected = INVALID_REASONS.get(input);
        assertNotNull(expected, () -> "no reason code decided for '" + input + "' (" + reason + ")");
        ParseResult r = PARSER.parse(input);
        assertFalse(r.valid(), () -> input + " accepted as " + r.symbol());
        assertTrue(r.errors().stream().anyMatch(e -> e.code() == expected),
                () -> input + ": expected " + expected + " but got " + r.findings());
        assertEquals(expected.isSyntax(), r.symbol().isEmpty(), "a symbol is returned exactly for rule errors");
    }

    @ParameterizedTest(name = "normalize: {0}")
    @MethodSource("normalize")
    void normalizesToCanonical(String input, String canonical) {
        ParseResult r = PARSER.parse(input);
        assertTrue(r.valid(), () -> "'" + input + "' rejected: " + r.findings());
        assertEquals(canonical, r.symbol().orElseThrow().canonical());
        if (!input.equals(canonical)) {
            assertFalse(r.warnings().isEmpty(), () -> "'" + input + "' changed without a warning");
        }
    }

    @Test
    void everyInvalidLineHasADecidedCode() {
        assertEquals(INVALID_REASONS.size(), invalid().count());
    }
}
