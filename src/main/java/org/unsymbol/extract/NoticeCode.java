package org.unsymbol.extract;

/** Stable codes of what the extractor reports about its own work (not about a symbol's grammar). */
public enum NoticeCode {
    /** A range such as {@code SR.1-5000} was expanded only up to the cap; the rest was not reported. */
    RANGE_CAPPED,
    /** A symbol split by right-to-left text extraction was put back together from pieces on the same line. */
    BIDI_REPAIRED,
    /** A symbol broken over a line ({@code A/AC.292/\n2024/L.1}) was joined. */
    LINE_JOINED
}
