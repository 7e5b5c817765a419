package org.unsymbol.draft;

/**
 * Text made safe inside markup, for the two kinds the draft check writes: the Word parts {@link DocxLinker} inserts
 * (XML) and the printable report of {@link ReportDownloads} (HTML). One escape serves both: the five characters that
 * mean something, as entities both read ({@code &#39;} rather than XML's {@code &apos;}, which HTML 4 lacks), and the
 * C0 control characters XML 1.0 forbids (all but tab, line feed and carriage return) left out, which HTML reads as
 * errors as well.
 */
final class Markup {

    private Markup() {
    }

    /** {@code s} escaped for text and attribute values alike; null is the empty string. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
