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
    // rules (plausibility)
    UNKNOWN_ROOT,
    PLACEHOLDER_NUMBER,
    ZERO_NUMBER,
    SESSION_OUT_OF_RANGE,
    YEAR_OUT_OF_RANGE,
    ROMAN_SESSION_NOT_ALLOWED,
    RESOLUTION_NUMBER_OUT_OF_RANGE,
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
    NOT_AN_OFFICIAL_SYMBOL
}
