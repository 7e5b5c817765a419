package org.unsymbol.extract;

/** Stable codes of what the extractor reports about its own work (not about a symbol's grammar). */
public enum NoticeCode {
    /** A range such as {@code SR.1-5000} was expanded only up to the cap; the rest was not reported. */
    RANGE_CAPPED,
    /** A symbol split by right-to-left text extraction was put back together from pieces on the same line. */
    BIDI_REPAIRED,
    /** A symbol broken over a line ({@code A/AC.292/\n2024/L.1}) was joined. */
    LINE_JOINED,
    /**
     * A symbol glued to the text around it was cut out of it: to the word before ({@code SeguridadS/2016/436}), to a
     * date after ({@code CRC/C/COL/CO/38 de junio de 2006} is {@code CO/3}), or to a second symbol
     * ({@code ISBA/24/A/6ISBA/24/C/19}). The draft should put the space or separator back.
     */
    FUSED_TEXT_SPLIT,
    /** A symbol written with OCR letter spacing ({@code A /3 4 /3 3}) was joined, because the joined form parses. */
    LETTER_SPACING_JOINED,
    /**
     * A range of documents ({@code A/HRC/55/L.1–A/HRC/55/L.40}) longer than the cap was cited: only its two ends are
     * reported.
     */
    DOCUMENT_RANGE_NOT_EXPANDED
}
