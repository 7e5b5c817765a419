package org.unsymbol.symbol;

/**
 * The stable codes of parser findings. Clients branch on these, never on messages, so a code is never renamed.
 * Codes whose name starts with {@code NORMALIZED_} are warnings about a change the parser made to messy input.
 */
public enum FindingCode {
    // syntax (well-formedness)
    EMPTY_INPUT,
    EMPTY_COMPONENT,
    INVALID_CHARACTER,
    MISSING_DOCUMENT_NUMBER,
    MODIFIER_WITHOUT_NUMBER,
    UNKNOWN_MODIFIER,
    UNBALANCED_PARENTHESIS,
    INVALID_ROMAN_NUMERAL,
    MALFORMED_NUMBER,
    MISPLACED_REISSUE_MARK,
    RANGE_NOT_A_SYMBOL,
    CITATION_PHRASE,
    FUSED_JOINT_SYMBOL,
    TOO_LONG,
    /** Not written as a symbol at all: no {@code /} between components ({@code ecn42005l11add7}, a lossy slug). */
    UNRECOGNIZED_FORM,
    /** A body code with a dot but no number: {@code A/AC./2024/1}. */
    MISSING_BODY_NUMBER,
    /** A session designator without its number: {@code A/ES-/PV.1}. */
    MISSING_SESSION_NUMBER,
    /** Punctuation where none belongs: {@code A/C.1./78/L.11}. */
    STRAY_PUNCTUATION,
    /** A component the grammar has no place for: {@code A/78/265/12}. */
    UNEXPECTED_COMPONENT,
    /** A parenthetical the grammar does not know: {@code A/78/265 (foo)}. */
    UNKNOWN_PARENTHETICAL,
    /**
     * A modelled root ({@code series.tsv}) with components none of its series has: {@code A/TEST/123},
     * {@code CRC/C/AND/OPAC/CO/1} (the protocol comes before the country).
     */
    UNKNOWN_SERIES,
    /** Not a document symbol: a press-release code ({@code SC/6784}, {@code ECOSOC/5731}) or a case number. */
    NOT_A_DOCUMENT,
    // rules (plausibility)
    /**
     * A stand-in where a number goes ({@code A/78/xxx}, {@code ISBA/24/C/X}, {@code L.XX}): a pattern or a draft's
     * blank, not a document (issue 12). A syntax error since then: before, a rule error that returned the symbol.
     */
    PLACEHOLDER_NUMBER,
    UNKNOWN_ROOT,
    ZERO_NUMBER,
    SESSION_OUT_OF_RANGE,
    YEAR_OUT_OF_RANGE,
    ROMAN_SESSION_NOT_ALLOWED,
    RESOLUTION_NUMBER_OUT_OF_RANGE,
    /** A well-known parenthetical in a place where the series never uses it: {@code A/RES/75/240 (2020)}. */
    MISPLACED_PARENTHETICAL,
    // warnings: what normalization changed
    NORMALIZED_CASE,
    NORMALIZED_WHITESPACE,
    NORMALIZED_UNICODE,
    NORMALIZED_DIGITS,
    NORMALIZED_OCR,
    NORMALIZED_PUNCTUATION,
    NORMALIZED_WRAPPING,
    NORMALIZED_PREFIX,
    NORMALIZED_FILE_NAME,
    NORMALIZED_PARENTHETICAL,
    NORMALIZED_JOINT_SEPARATOR,
    // warnings: doubts that keep the symbol valid
    BODY_OUTSIDE_VALIDITY,
    NOT_AN_OFFICIAL_SYMBOL,
    /**
     * The symbol is well-formed and passes every rule, but its root is not in the registry ({@code UNW/2021/10} before
     * UN-Women was registered): {@link Tier#UNREGISTERED}, still valid, as libphonenumber's possible-but-not-valid.
     */
    UNREGISTERED_ROOT,
    /** A reissue asterisk ({@code A/58/323*}, reissued for technical reasons) dropped: the same document. */
    NORMALIZED_REISSUE_MARK,
    /** A Cyrillic or Greek letter drawn like a Latin one ({@code А/60/285} with a Cyrillic А) read as that letter. */
    NORMALIZED_HOMOGLYPH;

    /** Warnings keep a symbol valid; every other code is an error. */
    public Severity severity() {
        return ordinal() >= NORMALIZED_CASE.ordinal() ? Severity.WARNING : Severity.ERROR;
    }

    /**
     * True for errors of syntax: the input is not a symbol at all ({@link Tier#MALFORMED}, no symbol returned). The
     * other errors are rule errors: the symbol is well-formed and returned, but not plausible.
     */
    public boolean isSyntax() {
        return ordinal() < UNKNOWN_ROOT.ordinal();
    }
}
