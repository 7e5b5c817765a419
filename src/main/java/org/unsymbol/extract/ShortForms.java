package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unsymbol.symbol.SymbolKind;

/**
 * Short forms that stand for a reference cited before them, resolved to that reference or reported ambiguous, never
 * guessed. A pass over (text, references) after extraction.
 *
 * <ul>
 *   <li>"ibid.", "ibíd.", "там же", "同上", "المرجع نفسه", "op. cit.", "idem": the previous citation, that is the
 *       last reference before the short form together with the references written in the same citation as it (no
 *       line break, no ";" and no end of sentence between them). One symbol among them: that is the antecedent;
 *       more than one ("A/78/265 and A/78/266. Ibid."): ambiguous.</li>
 *   <li>"the above-mentioned resolution", "that resolution", "dicha resolución", "la resolución mencionada",
 *       "ladite résolution", "указанная резолюция", "上述决议", "القرار المذكور" (and the same of decisions and
 *       reports): the references of that kind in the same paragraph (line) before it, else in the nearest of the
 *       three lines before that has one. One symbol: the antecedent; two or more: ambiguous. "the present resolution"
 *       and "this resolution" are the text itself and are not short forms.</li>
 * </ul>
 * A short form with no reference before it of its kind is not reported (it stands for a work the extractor does not
 * see). Framework-free and total; the text is searched for a few fixed anchors only ({@link String#indexOf}).
 */
public final class ShortForms {

    /** What a short form may stand for. */
    public enum Stands { ANY, RESOLUTION, DECISION, REPORT }

    /**
     * One short form. {@code antecedent} is the index (into the references given) of the reference it stands for,
     * or -1 when ambiguous; {@code candidates} the indexes of the first reference of each distinct symbol it could
     * stand for (one when resolved).
     */
    public record ShortForm(int start, int end, String text, Stands stands, int antecedent, List<Integer> candidates) {

        public ShortForm {
            candidates = List.copyOf(candidates);
        }

        public boolean ambiguous() {
            return antecedent < 0;
        }
    }

    /** A phrase: its text as an anchor (matched ignoring case) and what it stands for. */
    private record Phrase(String text, Stands stands) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    private static void put(Stands s, String... phrases) {
        for (String p : phrases) {
            PHRASES.add(new Phrase(p, s));
        }
    }

    static {
        put(Stands.ANY, "ibid.", "ibíd.", "ibid,", "ibíd,", "там же", "同上", "المرجع نفسه", "المرجع السابق",
                "op. cit.", "op.cit.", "idem.");
        put(Stands.RESOLUTION, "the above-mentioned resolution", "the aforementioned resolution",
                "the said resolution", "that resolution", "dicha resolución", "la resolución mencionada",
                "la citada resolución", "la mencionada resolución", "esa resolución", "ladite résolution",
                "la résolution susmentionnée", "la résolution précitée", "cette résolution", "указанная резолюция",
                "указанной резолюции", "указанную резолюцию", "указанной резолюцией", "упомянутая резолюция",
                "упомянутой резолюции", "упомянутую резолюцию", "этой резолюции", "上述决议", "该决议",
                "القرار المذكور", "القرار السالف الذكر", "القرار المشار إليه");
        put(Stands.DECISION, "the above-mentioned decision", "the aforementioned decision", "that decision",
                "dicha decisión", "la decisión mencionada", "la citada decisión", "ladite décision",
                "la décision susmentionnée", "указанное решение", "указанного решения", "упомянутого решения",
                "上述决定", "该决定", "المقرر المذكور", "المقرر السالف الذكر");
        put(Stands.REPORT, "the above-mentioned report", "the aforementioned report", "that report", "dicho informe",
                "el informe mencionado", "el citado informe", "ledit rapport", "le rapport susmentionné",
                "указанный доклад", "указанного доклада", "указанном докладе", "упомянутом докладе", "上述报告",
                "该报告", "التقرير المذكور", "التقرير السالف الذكر");
    }

    /** Lines looked back over for a kind-bound short form whose own line has no candidate. */
    private static final int LINES_BACK = 3;
    private static final int MAX_SHORT_FORMS = 10_000;

    private ShortForms() {
    }

    /** The phrases by their first character, lower case. */
    private static final Map<Character, List<Integer>> BY_FIRST = new java.util.HashMap<>();
    /**
     * The first two characters of the phrases (either case), hashed: a position whose two characters are not here
     * starts no phrase, which rules out nearly every position with one array read (no map lookup, no boxing).
     */
    private static final boolean[] PAIRS = new boolean[1 << 16];

    private static int pair(char a, char b) {
        return (a * 31 + b) & 0xFFFF;
    }

    static {
        for (int p = 0; p < PHRASES.size(); p++) {
            String text = PHRASES.get(p).text();
            BY_FIRST.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(p);
            char a = text.charAt(0);
            char b = text.charAt(1);
            for (char x : new char[]{Character.toLowerCase(a), Character.toUpperCase(a)}) {
                for (char y : new char[]{Character.toLowerCase(b), Character.toUpperCase(b)}) {
                    PAIRS[pair(x, y)] = true;
                }
            }
        }
    }

    /** The short forms of {@code text} that stand for one or more of {@code references} (in text order). */
    public static List<ShortForm> find(CharSequence input, List<Reference> references) {
        return find(input, references, null);
    }

    /**
     * As {@link #find(CharSequence, List)}, with the line breaks of {@code layout} (a layout of the same text, or null):
     * the text is not searched for them a second time.
     */
    public static List<ShortForm> find(CharSequence input, List<Reference> references, TextLayout layout) {
        if (references.isEmpty() || input == null) {
            return List.of();
        }
        String text = input.toString();
        Lines lines = layout == null ? new Lines(text) : new Lines(text, layout.lineBreaks());
        List<ShortForm> out = new ArrayList<>();
        int n = text.length();
        int lastEnd = -1;
        int scanUntil = -1;
        int nextRef = 0;
        char[] buf = new char[CHUNK];
        for (int i = references.get(0).end(); i < n && out.size() < MAX_SHORT_FORMS; i++) {
            // only after a reference: up to LINES_BACK lines past the last one seen, which bounds the scan
            while (nextRef < references.size() && references.get(nextRef).end() <= i) {
                scanUntil = Math.max(scanUntil, lines.endOfLineAfter(references.get(nextRef).end(), LINES_BACK + 1));
                nextRef++;
            }
            if (i >= scanUntil) {
                if (nextRef >= references.size()) {
                    break;
                }
                i = references.get(nextRef).end() - 1;
                continue;
            }
            // no state changes before the next reference ends or the scan stops: skip to where a phrase may start
            int stop = Math.min(scanUntil, nextRef < references.size() ? references.get(nextRef).end() : n);
            i = nextPair(text, i, stop, buf);
            if (i >= stop) {
                i = stop - 1;
                continue;
            }
            char c = text.charAt(i);
            if (i < lastEnd || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !isHan(c)) {
                continue; // inside a word (or the last short form): the cheap test before the phrases are looked up
            }
            List<Integer> phrases = BY_FIRST.get(Character.toLowerCase(c));
            if (phrases == null) {
                continue;
            }
            char second = text.charAt(i + 1); // nextPair found a pair: i + 1 < n
            for (int p : phrases) {
                String phrase = PHRASES.get(p).text();
                // the second character first, compared as regionMatches compares each: most phrases stop here
                if (!sameIgnoringCase(second, phrase.charAt(1))
                        || !text.regionMatches(true, i, phrase, 0, phrase.length())) {
                    continue;
                }
                int end = i + phrase.length();
                if (phrase.endsWith(",")) {
                    end--; // "ibid, p. 4": the comma is not the short form's
                }
                if (!wordBoundary(text, i, end) || insideReference(references, i)
                        || referenceStartsWithin(references, end, 3)) {
                    continue;
                }
                ShortForm s = resolve(text, lines, references, i, end, PHRASES.get(p).stands());
                if (s != null) {
                    out.add(s);
                    lastEnd = end;
                    break;
                }
            }
        }
        return out;
    }

    private static final int CHUNK = 4096;

    /**
     * The first position in {@code [from, stop)} whose character and the next are the first two of a phrase
     * ({@link #PAIRS}), or {@code stop}. Reads the text in chunks copied into {@code buf}: an array read per character
     * instead of a bounds-checked {@code charAt} on each of the two.
     */
    private static int nextPair(String s, int from, int stop, char[] buf) {
        int n = s.length();
        int p = from;
        while (p < stop) {
            int e = Math.min(Math.min(p + buf.length, n), stop + 1);
            int len = e - p;
            s.getChars(p, e, buf, 0);
            char a = buf[0];
            for (int k = 1; k < len; k++) {
                char b = buf[k];
                if (PAIRS[pair(a, b)]) {
                    return p + k - 1;
                }
                a = b;
            }
            if (e == n || e == stop + 1) {
                return stop; // every position before stop with a next character was read
            }
            p = e - 1;
        }
        return stop;
    }

    /** One character of {@link String#regionMatches(boolean, int, String, int, int)} with ignoreCase. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    /** {@code Character.UnicodeScript.of(c) == HAN}, without the table search for the characters below U+2E80. */
    private static boolean isHan(char c) {
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The offsets of the text's line breaks, found once: every question about lines is a binary search. */
    private static final class Lines {
        private final String text;
        private int[] breaks = new int[64];
        private int size;

        Lines(String text, int[] breaks) {
            this.text = text;
            this.breaks = breaks;
            this.size = breaks.length;
        }

        Lines(String text) {
            this.text = text;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (size == breaks.length) {
                    breaks = java.util.Arrays.copyOf(breaks, size * 2);
                }
                breaks[size++] = i;
            }
        }

        /** The index of the first line break at or after {@code at} (size when none). */
        private int breakAtOrAfter(int at) {
            int i = java.util.Arrays.binarySearch(breaks, 0, size, at);
            return i >= 0 ? i : -i - 1;
        }

        /** Where the line {@code count} lines after the one holding {@code at} ends. */
        int endOfLineAfter(int at, int count) {
            int k = breakAtOrAfter(at) + count;
            return k < size ? breaks[k] + 1 : text.length();
        }

        /** Where the line holding {@code at} starts. */
        int lineStart(int at) {
            int k = breakAtOrAfter(at) - 1;
            return k >= 0 ? breaks[k] + 1 : 0;
        }

        /** Whether {@code to} is on the line of {@code from} or on the next line that is not blank. */
        boolean sameOrNextLine(int from, int to) {
            int first = breakAtOrAfter(from);
            int last = breakAtOrAfter(to) - 1; // the break just before to
            for (int k = first; k < last; k++) {
                if (!text.substring(breaks[k] + 1, breaks[k + 1]).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean wordBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        char last = text.charAt(end - 1);
        boolean after = end >= text.length() || !Character.isLetterOrDigit(last) || !Character.isLetter(text.charAt(end));
        if (isHan(text.charAt(start))) {
            before = true; // Chinese has no spaces between words
            after = true;
        }
        return before && after;
    }

    private static boolean insideReference(List<Reference> references, int at) {
        int lo = 0;
        int hi = references.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Reference r = references.get(mid);
            if (r.end() <= at) {
                lo = mid + 1;
            } else if (r.start() > at) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** "Recalling that resolution 75/240": a phrase with its number after it is a citation, not a short form. */
    private static boolean referenceStartsWithin(List<Reference> references, int at, int distance) {
        int lo = 0;
        int hi = references.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = references.get(mid).start();
            if (s < at) {
                lo = mid + 1;
            } else if (s > at + distance) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The index of the last reference ending at or before {@code at}, or -1. */
    private static int lastBefore(List<Reference> references, int at) {
        int lo = 0;
        int hi = references.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (references.get(mid).end() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static ShortForm resolve(String text, Lines lines, List<Reference> references, int start, int end,
                                     Stands stands) {
        int last = lastBefore(references, start);
        if (last < 0) {
            return null;
        }
        Map<String, Integer> candidates = new LinkedHashMap<>();
        if (stands == Stands.ANY) {
            if (!lines.sameOrNextLine(references.get(last).end(), start)) {
                return null; // another citation (a line of its own) came between: not one the extractor sees
            }
            // the previous citation: the last reference and those written in the same citation before it
            candidates.put(references.get(last).symbol(), last);
            for (int j = last - 1; j >= 0; j--) {
                Reference a = references.get(j);
                Reference b = references.get(j + 1);
                if (a.end() > b.start() || boundary(text, a.end(), b.start())) {
                    if (a.end() > b.start()) {
                        continue; // a range's items share a span
                    }
                    break;
                }
                candidates.putIfAbsent(a.symbol(), j);
            }
        } else {
            int lineStart = lines.lineStart(start);
            for (int back = 0; back <= LINES_BACK && candidates.isEmpty(); back++) {
                for (int j = last; j >= 0 && references.get(j).start() >= lineStart; j--) {
                    Reference r = references.get(j);
                    if (matches(stands, r)) {
                        candidates.put(r.symbol(), j); // ends with the first occurrence of each symbol
                    }
                }
                if (lineStart == 0) {
                    break;
                }
                int previousEnd = lineStart - 1;
                // the previous line that is not blank
                int prevStart = lines.lineStart(previousEnd);
                while (prevStart > 0 && text.substring(prevStart, previousEnd).isBlank()) {
                    previousEnd = prevStart - 1;
                    prevStart = lines.lineStart(previousEnd);
                }
                last = lastBefore(references, lineStart);
                lineStart = prevStart;
                if (last < 0) {
                    break;
                }
            }
            if (candidates.isEmpty()) {
                return null;
            }
        }
        List<Integer> indexes = new ArrayList<>(candidates.values());
        indexes.sort(Integer::compare);
        return new ShortForm(start, end, text.substring(start, end), stands,
                indexes.size() == 1 ? indexes.get(0) : -1, indexes);
    }

    private static boolean matches(Stands stands, Reference r) {
        SymbolKind k = r.kind();
        return switch (stands) {
            case RESOLUTION -> k == SymbolKind.RESOLUTION;
            case DECISION -> k == SymbolKind.DECISION;
            case REPORT -> k == SymbolKind.DOCUMENT;
            case ANY -> true;
        };
    }

    /** Whether the text between two references ends one citation: a line break, a semicolon, an end of sentence. */
    private static boolean boundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == '；' || c == '。' || c == '؛') {
                return true;
            }
            if (c == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
