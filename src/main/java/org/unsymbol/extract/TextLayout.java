package org.unsymbol.extract;

import java.util.Arrays;

/**
 * Where an offset of a text sits, for a person: line and column, the paragraph number the text gives it, the heading
 * it sits under, a one-line snippet around it, and (for a PDF) its page. Built in one pass over the text: an index of
 * line starts, of numbered paragraph starts and of headings; each question is then a binary search, so the cost of
 * placing every reference of a draft is linear in the text plus a logarithm per reference.
 *
 * <ul>
 *   <li>line: 1-based, lines end at {@code \n} ({@code \r\n} counts once); column: 1-based, in code points;</li>
 *   <li>paragraph: the number of the numbered paragraph the offset is in, as the draft numbers it: a line (or, in
 *       HTML, a {@code <p>}, {@code <li>}, {@code <div>} or {@code <td>}) that starts with "12." or "12)" or with a
 *       paragraph word and a number ("párr. 12", "Paragraph 12", "пункт 12", "الفقرة 12"). It holds until the next
 *       numbered paragraph or heading; null before any, and under a heading until the next number;</li>
 *   <li>section: the text of the nearest heading before the offset: Markdown {@code #} lines, HTML {@code h1}-{@code h6}
 *       and, in any text, a short line opening with a Roman numeral or a capital letter and a period ("II. Cuestiones
 *       de organización", "A. Apertura"), a Chinese numeral and 、 ("一、导言"), or an Arabic ordinal and a dash
 *       ("أولا - مقدمة"); emphasis marks are dropped;</li>
 *   <li>context: about 40 characters either side of the span, from its line only, white space collapsed.</li>
 * </ul>
 * Pure Java and total: any text, any offsets (clamped). Not thread-safe (one layout per check).
 */
public final class TextLayout {

    /** How the text is written: headings and paragraph starts are read differently in HTML. */
    public enum Markup { PLAIN, MARKDOWN, HTML }

    /** Where one span is. {@code paragraph}, {@code section} and {@code page} are null when unknown. */
    public record Where(int line, int column, String paragraph, String section, String context, Integer page) {
    }

    static final int CONTEXT_SIDE = 40;
    private static final int MAX_HEADING_LINE = 200;
    private static final int MAX_HEADING_TEXT = 160;

    private final String text;
    private final int[] lineStarts;
    private final int lines;
    /** Paragraph marks in text order: offset and number; a null number is a heading, which ends the paragraph. */
    private int[] paraAt = new int[64];
    private String[] paraValue = new String[64];
    private int paras;
    private int[] headAt = new int[16];
    private String[] headText = new String[16];
    private int heads;
    private final int[] pageStarts;
    /** The last column computed: a text of one long line (HTML) must not be counted from its start each time. */
    private int lastLine = -1;
    private int lastOffset;
    private int lastColumn;
    /** The buffer the context snippets are collapsed in (one layout per check, not shared). */
    private char[] snippet = new char[128];

    private TextLayout(String text, int[] pageStarts) {
        this.text = text;
        this.pageStarts = pageStarts == null ? new int[0] : pageStarts.clone();
        int[] starts = new int[Math.max(16, text.length() / 40)];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = starts;
        this.lines = n;
    }

    /**
     * @param text       the text the offsets point into; null is empty
     * @param markup     how headings and paragraph starts are written
     * @param pageStarts the offsets where each page's text begins, in order (PDF), or null
     */
    public static TextLayout of(String text, Markup markup, int[] pageStarts) {
        TextLayout layout = new TextLayout(text == null ? "" : text, pageStarts);
        if (markup == Markup.HTML) {
            layout.scanHtml();
        } else {
            layout.scanLines(markup == Markup.MARKDOWN);
        }
        return layout;
    }

    /** Where {@code [start, end)} is. */
    public Where where(int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        int line = lineOf(s);
        int lineStart = lineStarts[line];
        int column;
        if (line == lastLine && s >= lastOffset) {
            column = lastColumn + text.codePointCount(lastOffset, s); // references come in order: count on
        } else {
            column = text.codePointCount(lineStart, s) + 1;
        }
        lastLine = line;
        lastOffset = s;
        lastColumn = column;
        int p = floor(paraAt, paras, s);
        String paragraph = p < 0 ? null : paraValue[p];
        int h = floor(headAt, heads, s);
        String section = h < 0 ? null : headText[h];
        Integer page = pageStarts.length == 0 ? null : Math.max(1, floor(pageStarts, pageStarts.length, s) + 1);
        return new Where(line + 1, column, paragraph, section, context(s, e, line), page);
    }

    /** The offsets of the text's {@code \n}s, in order (a copy). */
    int[] lineBreaks() {
        int[] breaks = new int[lines - 1];
        for (int k = 1; k < lines; k++) {
            breaks[k - 1] = lineStarts[k] - 1;
        }
        return breaks;
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The index of the last entry {@code <= offset}, or -1. */
    private static int floor(int[] at, int size, int offset) {
        int i = Arrays.binarySearch(at, 0, size, offset);
        if (i >= 0) {
            while (i + 1 < size && at[i + 1] == offset) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    private String context(int s, int e, int line) {
        int lineStart = lineStarts[line];
        int endLine = lineOf(Math.max(s, e - 1));
        int lineEnd = endLine + 1 < lines ? lineStarts[endLine + 1] : text.length();
        int from = Math.max(lineStart, s - CONTEXT_SIDE);
        int to = Math.min(lineEnd, e + CONTEXT_SIDE);
        from = wordStart(from, s, lineStart);
        to = wordEnd(to, e, lineEnd);
        if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < lineEnd && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        // the snippet's characters copied once into an array, white space collapsed in place
        int len = to - from;
        if (snippet.length < len) {
            snippet = new char[Math.max(len, 2 * snippet.length)];
        }
        char[] buf = snippet;
        text.getChars(from, to, buf, 0);
        int out = 0;
        boolean space = false;
        for (int k = 0; k < len; k++) {
            char c = buf[k];
            if (isSpace(c)) {
                space = out > 0;
            } else {
                if (space) {
                    buf[out++] = ' ';
                    space = false;
                }
                buf[out++] = c;
            }
        }
        return new String(buf, 0, out);
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without the tables for ASCII. */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Moves a cut forward to the start of a word when one begins within a few characters, never past the span. */
    private int wordStart(int from, int limit, int lineStart) {
        if (from == lineStart) {
            return from;
        }
        for (int i = from; i < Math.min(limit, from + 12); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private int wordEnd(int to, int limit, int lineEnd) {
        if (to == lineEnd) {
            return to;
        }
        for (int i = to; i > Math.max(limit, to - 12); i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return to;
    }

    // ---- the one pass: plain text and Markdown, line by line

    private void scanLines(boolean markdown) {
        for (int l = 0; l < lines; l++) {
            int start = lineStarts[l];
            int end = l + 1 < lines ? lineStarts[l + 1] - 1 : text.length();
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            readLineStart(start, end, markdown);
        }
    }

    /** Reads what one line (or block) opens with: a heading, a numbered paragraph, or nothing. */
    private void readLineStart(int start, int end, boolean markdown) {
        int i = skipSpaceAndQuotes(start, end);
        if (i >= end) {
            return;
        }
        char c = text.charAt(i);
        if (markdown && c == '#') {
            int j = i;
            while (j < end && text.charAt(j) == '#') {
                j++;
            }
            if (j - i <= 6 && (j == end || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                String heading = clean(text, j, end);
                if (!heading.isEmpty()) {
                    heading(start, heading);
                }
                return;
            }
        }
        int k = skipEmphasis(i, end);
        String number = paragraphNumber(k, end);
        if (number != null) {
            paragraph(start, number);
            return;
        }
        if (end - start <= MAX_HEADING_LINE && headingLine(k, end)) {
            heading(start, clean(text, i, end));
        }
    }

    private int skipSpaceAndQuotes(int i, int end) {
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '>' || c == '\u00a0' || c == '\u3000' || c == '\ufeff') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private int skipEmphasis(int i, int end) {
        while (i < end && (text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** "12." / "12)" followed by a space, or a paragraph word and a number: the number; else null. */
    private String paragraphNumber(int i, int end) {
        int j = i;
        while (j < end && j - i <= 3 && Chars.digit(text.charAt(j)) >= 0) {
            j++;
        }
        if (j > i && j - i <= 3 && j < end && Chars.digit(text.charAt(j)) < 0) {
            char after = text.charAt(j);
            if ((after == '.' || after == ')') && j + 1 < end
                    && (Character.isWhitespace(text.charAt(j + 1)) || text.charAt(j + 1) == '<')) {
                return ascii(i, j);
            }
            return null;
        }
        int w = i;
        while (w < end && Character.isLetter(text.charAt(w))) {
            w++;
        }
        if (w == i || !Pinpoints.isParagraphWord(text.substring(i, w))) {
            return null;
        }
        if (w < end && text.charAt(w) == '.') {
            w++;
        }
        while (w < end && (text.charAt(w) == ' ' || text.charAt(w) == '\u00a0')) {
            w++;
        }
        int d = w;
        while (d < end && d - w < 4 && Chars.digit(text.charAt(d)) >= 0) {
            d++;
        }
        return d > w && (d == end || !Character.isLetterOrDigit(text.charAt(d))) ? ascii(w, d) : null;
    }

    private String ascii(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append((char) ('0' + Chars.digit(text.charAt(i))));
        }
        return sb.toString();
    }

    private static final String[] ARABIC_ORDINALS = {"أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
            "ثامنا", "تاسعا", "عاشرا"};

    /** A heading line of plain text: "II. Title", "A. Title", "一、导言", "أولا - مقدمة"; not a sentence. */
    private boolean headingLine(int i, int end) {
        int lastText = end;
        while (lastText > i && (Character.isWhitespace(text.charAt(lastText - 1)) || text.charAt(lastText - 1) == '*'
                || text.charAt(lastText - 1) == '_')) {
            lastText--;
        }
        if (lastText <= i) {
            return false;
        }
        char last = text.charAt(lastText - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '。' || last == '；' || last == '،') {
            return false;
        }
        int j = i;
        while (j < end && j - i < 6 && "IVXLC".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j == i && j < end && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
            j++; // one capital letter: "A. Apertura"
        }
        if (j > i && j + 1 < end && text.charAt(j) == '.' && text.charAt(j + 1) == ' ') {
            return j + 2 < lastText && Character.isLetter(text.charAt(skipEmphasis(j + 2, end)));
        }
        j = i;
        while (j < end && "一二三四五六七八九十".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j > i && j < end && (text.charAt(j) == '、' || text.charAt(j) == '．')) {
            return true;
        }
        for (String ordinal : ARABIC_ORDINALS) {
            if (text.startsWith(ordinal, i)) {
                int k = i + ordinal.length();
                while (k < end && text.charAt(k) == ' ') {
                    k++;
                }
                return k < end && (text.charAt(k) == '-' || text.charAt(k) == '–' || text.charAt(k) == '—');
            }
        }
        return false;
    }

    private void paragraph(int at, String number) {
        if (paras == paraAt.length) {
            paraAt = Arrays.copyOf(paraAt, paras * 2);
            paraValue = Arrays.copyOf(paraValue, paras * 2);
        }
        paraAt[paras] = at;
        paraValue[paras++] = number;
    }

    private void heading(int at, String heading) {
        if (heading.isEmpty()) {
            return;
        }
        paragraph(at, null); // a heading ends the numbered paragraph before it
        if (heads == headAt.length) {
            headAt = Arrays.copyOf(headAt, heads * 2);
            headText = Arrays.copyOf(headText, heads * 2);
        }
        headAt[heads] = at;
        headText[heads++] = heading.length() > MAX_HEADING_TEXT ? heading.substring(0, MAX_HEADING_TEXT) : heading;
    }

    /** The words of a heading: emphasis, trailing #s, tags and entities dropped, white space collapsed. */
    static String clean(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.min(to - from, MAX_HEADING_TEXT + 8));
        boolean space = false;
        boolean inTag = false;
        for (int i = from; i < to && sb.length() <= MAX_HEADING_TEXT; i++) {
            char c = s.charAt(i);
            if (inTag) {
                inTag = c != '>';
                continue;
            }
            if (c == '<') {
                inTag = true;
                space = sb.length() > 0;
                continue;
            }
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String entity = s.substring(i + 1, semi);
                    String value = switch (entity) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "nbsp", "#160" -> " ";
                        default -> null;
                    };
                    if (value != null) {
                        i = semi;
                        if (value.equals(" ")) {
                            space = sb.length() > 0;
                        } else {
                            if (space) {
                                sb.append(' ');
                                space = false;
                            }
                            sb.append(value);
                        }
                        continue;
                    }
                }
            }
            if (c == '*' || c == '_' || c == '#' && (i + 1 == to || s.charAt(i + 1) == '#' || s.charAt(i + 1) == ' ')) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    // ---- the one pass: HTML, tag by tag

    private void scanHtml() {
        int n = text.length();
        int i = text.indexOf('<');
        while (i >= 0 && i < n - 1) {
            int close = text.indexOf('>', i);
            if (close < 0) {
                return;
            }
            int nameStart = i + 1;
            boolean closing = text.charAt(nameStart) == '/';
            if (closing) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < close && Character.isLetterOrDigit(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            if (!closing && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                int end = indexOfIgnoreCase("</" + name, close + 1, Math.min(n, close + 1 + 4000));
                if (end > 0) {
                    heading(i, clean(text, close + 1, end));
                    i = text.indexOf('<', end + 1);
                    continue;
                }
            } else if (!closing && (name.equals("p") || name.equals("li") || name.equals("div") || name.equals("td")
                    || name.equals("br"))) {
                int k = close + 1;
                // inline tags and white space between the block's start and its first words
                while (k < n) {
                    char c = text.charAt(k);
                    if (Character.isWhitespace(c)) {
                        k++;
                    } else if (c == '<' && k + 1 < n && text.charAt(k + 1) != '/') {
                        int gt = text.indexOf('>', k);
                        if (gt < 0 || gt - k > 300) {
                            break;
                        }
                        k = gt + 1;
                    } else {
                        break;
                    }
                }
                int lineEnd = Math.min(n, k + 120);
                String number = paragraphNumber(k, lineEnd);
                if (number != null) {
                    paragraph(i, number);
                }
            }
            i = text.indexOf('<', close + 1);
        }
    }

    private int indexOfIgnoreCase(String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
