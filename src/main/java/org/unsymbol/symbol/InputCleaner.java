package org.unsymbol.symbol;

import java.text.Normalizer;

/**
 * Character- and string-level normalization before the grammar sees the input (symbol-rules.md §11, lenient part):
 * Unicode compatibility forms, non-ASCII digits, format and bidi marks, percent escapes, backslashes, surrounding
 * whitespace, citation prefixes ({@code UN Doc.}), wrapping punctuation, and file-name or slug forms. Every change is
 * reported as a warning at its original offsets. Plain ASCII input skips the Unicode pass entirely.
 */
final class InputCleaner {

    private static final String[] PREFIXES = {
        "UNITED NATIONS", "U.N.", "UN", "DOCUMENTS", "DOCUMENT", "DOC.", "DOC", "SYMBOL", "NO.",
    };
    private static final String[] EXTENSIONS = {".PDF", ".DOCX", ".DOC", ".WPF", ".HTML", ".HTM", ".TXT", ".RTF"};
    private static final String[] LANGUAGES = {"EN", "FR", "ES", "AR", "ZH", "RU", "DE"};

    private final BodyRegistry registry;

    InputCleaner(BodyRegistry registry) {
        this.registry = registry;
    }

    CleanText clean(String input, Findings sink) {
        CleanText text = needsCharacterPass(input) ? characterPass(input, sink) : new CleanText(input);
        sink.attach(text);
        trimAndUnwrap(text, sink);
        fileNameForm(text, sink);
        return text;
    }

    private static boolean needsCharacterPass(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 126 || (c < 32 && c != ' ') || c == '%' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static CleanText characterPass(String in, Findings sink) {
        int n = in.length();
        char[] out = new char[n * 3 + 4];
        int[] starts = new int[out.length];
        int[] ends = new int[out.length];
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = in.charAt(i);
            int width = 1;
            String replacement = null;
            FindingCode code = null;
            if (c == '%' && i + 2 < n && hex(in.charAt(i + 1)) >= 0 && hex(in.charAt(i + 2)) >= 0) {
                char decoded = (char) (hex(in.charAt(i + 1)) * 16 + hex(in.charAt(i + 2)));
                if (decoded >= 32 && decoded < 127) {
                    replacement = String.valueOf(decoded);
                    width = 3;
                    code = FindingCode.NORMALIZED_FILE_NAME;
                }
            } else if (c == '\\') {
                replacement = "/";
                code = FindingCode.NORMALIZED_PUNCTUATION;
            } else if (c > 126 || c < 32) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
                    width = 2;
                    replacement = in.substring(i, i + 2);
                    String nf = Normalizer.normalize(replacement, Normalizer.Form.NFKC);
                    if (!nf.equals(replacement) && isAscii(nf)) {
                        replacement = nf;
                        code = FindingCode.NORMALIZED_UNICODE;
                    }
                } else if (Character.isSurrogate(c)) {
                    sink.addOriginal(FindingCode.INVALID_CHARACTER, "A lone UTF-16 surrogate is not text.", i, i + 1);
                    replacement = "";
                } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || Character.isSpaceChar(c)) {
                    replacement = " ";
                    code = c == '\t' || c == '\n' || c == '\r' ? null : FindingCode.NORMALIZED_WHITESPACE;
                } else if (Character.getType(c) == Character.FORMAT) {
                    replacement = "";
                    code = FindingCode.NORMALIZED_UNICODE;
                } else if (Character.isISOControl(c)) {
                    sink.addOriginal(FindingCode.INVALID_CHARACTER,
                            String.format("Control character U+%04X is not part of a symbol.", (int) c), i, i + 1);
                    replacement = "";
                } else if (Character.isDigit(c)) {
                    replacement = String.valueOf((char) ('0' + Character.digit(c, 10)));
                    code = FindingCode.NORMALIZED_DIGITS;
                } else if (c >= '\u2012' && c <= '\u2015') {
                    replacement = "-";
                    code = FindingCode.NORMALIZED_JOINT_SEPARATOR;
                } else if (c == '\u2010' || c == '\u2011' || c == '\u2212') {
                    replacement = "-";
                    code = FindingCode.NORMALIZED_PUNCTUATION;
                } else if (Homoglyphs.isLookalike(c)) { // А/60/285 with a Cyrillic А: symbols are Latin
                    replacement = String.valueOf(Homoglyphs.toLatin(c));
                    code = FindingCode.NORMALIZED_HOMOGLYPH;
                } else {
                    String nf = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                    if (!nf.equals(String.valueOf(c)) && isAscii(nf)) {
                        replacement = nf;
                        code = nf.equals("-") ? FindingCode.NORMALIZED_JOINT_SEPARATOR : FindingCode.NORMALIZED_UNICODE;
                    }
                }
            }
            if (replacement == null) {
                out[k] = c;
                starts[k] = i;
                ends[k] = i + 1;
                k++;
            } else {
                if (code != null) {
                    sink.addOriginal(code, message(code, in.substring(i, i + width), replacement), i, i + width);
                }
                for (int r = 0; r < replacement.length() && k < out.length; r++) {
                    out[k] = replacement.charAt(r);
                    starts[k] = i;
                    ends[k] = i + width;
                    k++;
                }
            }
            i += width;
        }
        return new CleanText(in, out, k, starts, ends);
    }

    private static String message(FindingCode code, String from, String to) {
        String shown = from.codePoints().mapToObj(cp -> String.format("U+%04X", cp))
                .reduce((a, b) -> a + " " + b).orElse("");
        return switch (code) {
            case NORMALIZED_DIGITS -> "Digit " + shown + " read as '" + to + "'.";
            case NORMALIZED_FILE_NAME -> "Percent escape '" + from + "' decoded to '" + to + "'.";
            case NORMALIZED_WHITESPACE -> "Unusual space " + shown + " read as a space.";
            case NORMALIZED_JOINT_SEPARATOR -> "Dash " + shown + " read as '-'.";
            case NORMALIZED_PUNCTUATION -> "'" + from + "' read as '" + to + "'.";
            case NORMALIZED_HOMOGLYPH -> (from.charAt(0) < 0x0400 ? "Greek" : "Cyrillic") + " letter '" + from + "' ("
                    + shown + ") read as the Latin '" + to + "' it looks like.";
            default -> to.isEmpty() ? "Invisible format character " + shown + " removed."
                    : "Character " + shown + " read as '" + to + "'.";
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 126 || s.charAt(i) < 32) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** Surrounding spaces, citation prefixes, wrapping brackets and quotes, trailing sentence punctuation. */
    private static void trimAndUnwrap(CleanText t, Findings sink) {
        boolean changed = true;
        while (changed && t.from < t.to) {
            changed = false;
            int from = t.from;
            int to = t.to;
            while (t.from < t.to && t.buf[t.from] == ' ') {
                t.from++;
            }
            while (t.to > t.from && t.buf[t.to - 1] == ' ') {
                t.to--;
            }
            if (t.from > from) {
                sink.add(FindingCode.NORMALIZED_WHITESPACE, "Leading space removed.", from, t.from);
            }
            if (t.to < to) {
                sink.add(FindingCode.NORMALIZED_WHITESPACE, "Trailing space removed.", t.to, to);
            }
            int prefixEnd = prefixEnd(t, t.from, t.to);
            if (prefixEnd > t.from) {
                sink.add(FindingCode.NORMALIZED_PREFIX, "Citation prefix '" + new String(t.buf, t.from,
                        prefixEnd - t.from).strip() + "' removed.", t.from, prefixEnd);
                t.from = prefixEnd;
                changed = true;
                continue;
            }
            if (t.to - t.from >= 2) {
                char first = t.buf[t.from];
                char last = t.buf[t.to - 1];
                char close = closing(first);
                if (close != 0 && last == close && (first != '(' || matchingParen(t, t.from) == t.to - 1)) {
                    sink.add(FindingCode.NORMALIZED_WRAPPING, "Wrapping '" + first + last + "' removed.",
                            t.from, t.from + 1);
                    t.from++;
                    t.to--;
                    changed = true;
                    continue;
                }
                int word = gluedWordStart(t);
                if (word > 0) {
                    sink.add(FindingCode.NORMALIZED_WRAPPING, "Word '" + new String(t.buf, word, t.to - word)
                            + "' glued to the number removed.", word, t.to);
                    t.to = word;
                    changed = true;
                    continue;
                }
                if (last == ',' || last == ';' || last == ':' || last == '"' || last == '\'' || last == ']'
                        && t.indexOf('[', t.from, t.to) < 0
                        || last == '.' && endsSentence(t)) {
                    sink.add(FindingCode.NORMALIZED_WRAPPING, "Trailing '" + last + "' removed.", t.to - 1, t.to);
                    t.to--;
                    changed = true;
                } else if (first == '"' || first == '\'' || first == '[' && t.indexOf(']', t.from, t.to) < 0) {
                    sink.add(FindingCode.NORMALIZED_WRAPPING, "Leading '" + first + "' removed.", t.from,
                            t.from + 1);
                    t.from++;
                    changed = true;
                }
            }
        }
    }

    /**
     * Where a word of running text glued to the final number starts ({@code ST/IC/2003/1Introduction}: a capital and
     * at least two lower-case letters right after a digit), or -1. Symbol letters after a number are capitals
     * ({@code 6-G}, {@code L.12A}); a modifier word ({@code Add}, {@code Corr}) is left to the grammar.
     */
    private static int gluedWordStart(CleanText t) {
        int i = t.to;
        while (i > t.from && t.buf[i - 1] >= 'a' && t.buf[i - 1] <= 'z') {
            i--;
        }
        if (t.to - i < 2 || i - 2 < t.from || t.buf[i - 1] < 'A' || t.buf[i - 1] > 'Z'
                || !Vocabulary.isDigit(t.buf[i - 2])) {
            return -1;
        }
        String word = new String(t.buf, i - 1, t.to - i + 1);
        return Vocabulary.modifier(word, 0, word.length()) != null ? -1 : i - 1;
    }

    /** A final dot ends a sentence after a number or a parenthetical; after {@code Add} or {@code L} it is grammar. */
    private static boolean endsSentence(CleanText t) {
        char before = t.buf[t.to - 2];
        return Vocabulary.isDigit(before) || before == ')' || before == '*';
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            case '"' -> '"';
            case '\'' -> '\'';
            case '<' -> '>';
            default -> 0;
        };
    }

    static int matchingParen(CleanText t, int open) {
        int depth = 0;
        for (int i = open; i < t.to; i++) {
            if (t.buf[i] == '(') {
                depth++;
            } else if (t.buf[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** End of a leading citation prefix ("UN Doc.", "U.N. Doc.", "document") in {@code s[from, to)}, or {@code from}. */
    static int prefixEnd(CharSequence s, int from, int to) {
        int i = from;
        int end = from;
        if (i >= to || "UDSN".indexOf(Vocabulary.upper(s.charAt(i))) < 0) {
            return end; // no prefix starts with another letter: the common case costs one look
        }
        boolean any = true;
        while (any) {
            any = false;
            for (String p : PREFIXES) {
                int n = p.length();
                if (i + n < to && Vocabulary.equalsIgnoreCase(s, i, p)) {
                    char after = s.charAt(i + n);
                    if (after == ' ' || after == ':' || p.endsWith(".")) {
                        int j = i + n;
                        while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == ':')) {
                            j++;
                        }
                        // the prefix must leave a symbol behind: "UNEP/..." starts with "UN" but is a root
                        if (j > i + n || p.endsWith(".")) {
                            i = j;
                            end = j;
                            any = true;
                            break;
                        }
                    }
                }
            }
        }
        return end;
    }

    /**
     * File names and slugs ({@code A_79_PV.1-EN.pdf}, {@code A-AC-292-2024-CRP-1}, {@code A_AC_109_2019_L_18_EA}): strip
     * the extension and language, then turn the separators back into slashes and dots.
     */
    private void fileNameForm(CleanText t, Findings sink) {
        int start = t.from;
        boolean extension = false;
        for (String ext : EXTENSIONS) {
            int n = ext.length();
            if (t.to - t.from > n && Vocabulary.equalsIgnoreCase(t, t.to - n, ext)) {
                t.to -= n;
                extension = true;
                break;
            }
        }
        boolean hasSlash = t.indexOf('/', t.from, t.to) >= 0;
        boolean underscores = t.indexOf('_', t.from, t.to) >= 0;
        if (extension || underscores) {
            if (t.to - t.from > 3 && (t.buf[t.to - 3] == '-' || t.buf[t.to - 3] == '_')
                    && Vocabulary.match(t, t.to - 2, t.to, LANGUAGES) != null) {
                t.to -= 3;
            } else if (underscores && !hasSlash && t.to - t.from > 3 && t.buf[t.to - 3] == '_'
                    && isLanguageLetter(t.buf[t.to - 2]) && isLanguageLetter(t.buf[t.to - 1])) {
                t.to -= 3; // gText bitext pair, e.g. _EA = English-Arabic
            }
        }
        if (hasSlash) {
            if (extension) {
                sink.add(FindingCode.NORMALIZED_FILE_NAME, "File-name extension removed.", t.to, t.to);
            }
            return;
        }
        char separator = underscores ? '_' : '-';
        if (!underscores && !extension && !hasUpperCase(t)) {
            return; // isba-20-a-l-3: a web page's slug, lower-cased with dots and slashes both lost; no symbol to restore
        }
        int firstSep = t.indexOf(separator, t.from, t.to);
        if (firstSep <= t.from || (!underscores && !registry.isKnownRoot(new String(t.buf, t.from, firstSep - t.from)))) {
            return;
        }
        if (!underscores && !extension && t.indexOf(separator, firstSep + 1, t.to) < 0) {
            return; // S-1949, A-12: a root and one number joined by one dash is another kind of code (an archive series)
        }
        int tokenStart = t.from;
        boolean first = true;
        for (int i = t.from; i <= t.to; i++) {
            if (i < t.to && t.buf[i] != separator) {
                continue;
            }
            // token [tokenStart, i)
            int j = tokenStart;
            while (j < i && Vocabulary.isLetter(t.buf[j])) {
                j++;
            }
            boolean dotted = j > tokenStart && Vocabulary.takesDottedNumber(t, tokenStart, j);
            if (dotted && j < i && Vocabulary.isDigit(t.buf[j])) {
                t.insert(j, '.'); // L1 -> L.1
                i++;
            } else if (dotted && j == i && i < t.to && i + 1 < t.to && Vocabulary.isDigit(t.buf[i + 1])
                    && !(first && registry.isKnownRoot(new String(t.buf, tokenStart, j - tokenStart)))) {
                t.set(i, '.'); // AC-292 -> AC.292, L_18 -> L.18
                continue;
            } else if (!underscores && (j - tokenStart == 1 || j - tokenStart == 2) && j == i && !first
                    && (t.buf[tokenStart] == 'S' || t.buf[tokenStart] == 'E') && isSessionPrefix(t, tokenStart, j)
                    && i + 1 < t.to && Vocabulary.isDigit(t.buf[i + 1])) {
                continue; // A-RES-ES-10-22: keep ES-10
            }
            if (i < t.to) {
                t.set(i, '/');
            }
            tokenStart = i + 1;
            first = false;
        }
        sink.add(FindingCode.NORMALIZED_FILE_NAME, "Read as a file name or URL slug; separators restored.",
                start, t.to);
    }

    private static boolean hasUpperCase(CleanText t) {
        for (int i = t.from; i < t.to; i++) {
            if (t.buf[i] >= 'A' && t.buf[i] <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSessionPrefix(CleanText t, int from, int to) {
        return Vocabulary.match(t, from, to, "S", "ES") != null;
    }

    private static boolean isLanguageLetter(char c) {
        return "ACEFRSGO".indexOf(Vocabulary.upper(c)) >= 0;
    }
}
