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
        if (references.isEmpty() || input == null) {
            return List.of();
        }
        String text = input.toString();
        Lines lines = new Lines(text);
        List<ShortForm> out = new ArrayList<>();
        int n = text.length();
        int lastEnd = -1;
        int scanUntil = -1;
        int nextRef = 0;
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
            char c = text.charAt(i);
            if (i + 1 >= n || !PAIRS[pair(c, text.charAt(i + 1))]) {
                continue;
            }
            List<Integer> phrases = BY_FIRST.get(Character.toLowerCase(c));
            if (phrases == null || i < lastEnd || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (int p : phrases) {
                String phrase = PHRASES.get(p).text();
                if (!text.regionMatches(true, i, phrase, 0, phrase.length())) {
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

    /** The offsets of the text's line breaks, found once: every question about lines is a binary search. */
    private static final class Lines {
        private final String text;
        private int[] breaks = new int[64];
        private int size;

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
        if (Character.UnicodeScript.of(text.charAt(start)) == Character.UnicodeScript.HAN) {
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
