package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a Markdown text where a link must not be inserted (code, link targets, autolinks, raw URLs, HTML
 * tags), and the existing links whose empty or {@code #} target can be filled in.
 */
final class MarkdownRegions {

    /** {@code [text](target)}: offsets of the text and of the target inside the parentheses. */
    private record ExistingLink(int textStart, int textEnd, int targetStart, int targetEnd) {
    }

    private final List<int[]> protectedSpans = new ArrayList<>();
    private final List<ExistingLink> links = new ArrayList<>();

    private MarkdownRegions() {
    }

    static MarkdownRegions scan(String s) {
        MarkdownRegions r = new MarkdownRegions();
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        Map<Integer, Integer> ticksAbsentFrom = new HashMap<>(); // no run of n ticks after it
        int nextGreater = -2; // cached position of the next '>' (-1: none left)
        Next next = new Next(s);
        while (i < n) {
            char c = s.charAt(i);
            if (lineStart && (Words.startsWith(s, skipIndent(s, i), "```") || Words.startsWith(s, skipIndent(s, i), "~~~"))) {
                int fenceAt = skipIndent(s, i);
                String fence = s.substring(fenceAt, fenceAt + 3);
                int close = s.indexOf("\n" + fence, fenceAt + 3);
                int end = close < 0 ? n : lineEnd(s, close + 1);
                r.protectedSpans.add(new int[] {i, end});
                i = end;
                continue;
            }
            lineStart = false;
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (c == '`') {
                int run = i;
                while (run < n && s.charAt(run) == '`') {
                    run++;
                }
                String ticks = s.substring(i, run);
                int absent = ticksAbsentFrom.getOrDefault(ticks.length(), Integer.MAX_VALUE);
                int close = run >= absent ? -1 : s.indexOf(ticks, run);
                if (close < 0) {
                    ticksAbsentFrom.put(ticks.length(), Math.min(run, absent));
                }
                int end = close < 0 ? run : close + ticks.length();
                r.protectedSpans.add(new int[] {i, end});
                i = end;
            } else if (c == '<') {
                if (nextGreater != -1 && nextGreater <= i) {
                    nextGreater = s.indexOf('>', i + 1);
                }
                int close = nextGreater;
                if (close > 0 && close - i < 2048 && !Character.isWhitespace(s.charAt(i + 1))) {
                    r.protectedSpans.add(new int[] {i, close + 1}); // <https://...> or an HTML tag
                    i = close + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                i = r.link(s, i);
            } else if ((c == 'h' || c == 'w') && (Words.startsWith(s, i, "http://") || Words.startsWith(s, i, "https://")
                    || Words.startsWith(s, i, "www."))) {
                int end = WrittenSymbols.pathEnd(s, i);
                r.protectedSpans.add(new int[] {i, end});
                i = end;
            } else {
                i = next.after(i); // nothing starts here: on to the next character the scan acts on
            }
        }
        return r;
    }

    /**
     * Where the next character the scan acts on is: a line break, a backtick, {@code <}, {@code [}, or the start of
     * {@code http://}, {@code https://} or {@code www.}. The scan steps over every other character one by one; this
     * finds the next of each kind with {@link String#indexOf} (a vectorised search) and remembers it until the scan has
     * passed it, so each is searched for once over the text instead of testing every character against all of them.
     */
    private static final class Next {
        private static final char[] CHARS = {'\n', '`', '<', '['};
        private final String s;
        private final int n;
        private final int[] at = new int[CHARS.length];
        private int http = -1;
        private int www = -1;

        Next(String s) {
            this.s = s;
            this.n = s.length();
            java.util.Arrays.fill(at, -1);
        }

        /** The first position after {@code i} where the scan acts; {@code n} when none. */
        int after(int i) {
            int from = i + 1;
            int min = n;
            for (int k = 0; k < CHARS.length; k++) {
                if (at[k] < from && at[k] != n) {
                    int f = s.indexOf(CHARS[k], from);
                    at[k] = f < 0 ? n : f;
                }
                min = Math.min(min, at[k]);
            }
            if (http < from && http != n) {
                http = url(from);
            }
            if (www < from && www != n) {
                int f = s.indexOf("www.", from);
                www = f < 0 ? n : f;
            }
            return Math.min(min, Math.min(http, www));
        }

        /** The next {@code http://} or {@code https://} at or after {@code from}; {@code n} when none. */
        private int url(int from) {
            for (int f = s.indexOf("http", from); f >= 0; f = s.indexOf("http", f + 1)) {
                if (Words.startsWith(s, f, "http://") || Words.startsWith(s, f, "https://")) {
                    return f;
                }
            }
            return n;
        }
    }

    private static int skipIndent(String s, int i) {
        int k = i;
        while (k < s.length() && k - i < 3 && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static int lineEnd(String s, int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? s.length() : e + 1;
    }

    /** {@code [text](target)} starting at {@code open}: records it, returns where scanning goes on. */
    private int link(String s, int open) {
        int n = s.length();
        int depth = 0;
        int close = -1;
        for (int k = open; k < n && k - open < 1000; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                close = k;
                break;
            } else if (c == '\n' && k + 1 < n && s.charAt(k + 1) == '\n') {
                break;
            }
        }
        if (close < 0 || close + 1 >= n || s.charAt(close + 1) != '(') {
            return open + 1; // not an inline link: its text is ordinary text
        }
        int targetStart = close + 2;
        int parens = 1;
        int k = targetStart;
        for (; k < n && k - targetStart < 4096; k++) {
            char c = s.charAt(k);
            if (c == '(') {
                parens++;
            } else if (c == ')' && --parens == 0) {
                break;
            } else if (c == '\n') {
                break;
            }
        }
        if (k >= n || s.charAt(k) != ')') {
            return open + 1;
        }
        links.add(new ExistingLink(open + 1, close, targetStart, k));
        protectedSpans.add(new int[] {close, k + 1});
        return open + 1; // the link text is scanned on: it may hold code spans
    }

    List<Annotator.Edit> edits(String s, List<Annotator.Link> sorted) {
        return edits(s, sorted, List.of());
    }

    /**
     * The edits that insert {@code sorted} and, for each of {@code footnotes} outside code and link targets, a
     * footnote reference after the reference (after the whole link when it sits in one) and its note at the end.
     */
    List<Annotator.Edit> edits(String s, List<Annotator.Link> sorted, List<Annotator.Mark> footnotes) {
        List<Annotator.Edit> edits = new ArrayList<>();
        Spans locked = new Spans(protectedSpans);
        Map<Integer, Integer> linkEnds = new HashMap<>(); // reference end -> where its inserted link ends
        for (Annotator.Link l : sorted) {
            if (locked.overlaps(l.start(), l.end())) {
                continue;
            }
            ExistingLink inside = enclosing(l.start(), l.end());
            if (inside == null) {
                edits.add(new Annotator.Edit(l.start(), l.start(), "[", Annotator.Edit.OPEN_LINK));
                edits.add(new Annotator.Edit(l.end(), l.end(), "](" + Annotator.markdownUrl(l.url()) + ")",
                        Annotator.Edit.CLOSE_LINK));
            } else if (s.substring(inside.textStart(), inside.textEnd()).strip().equals(s.substring(l.start(), l.end()))
                    && (l.replace() || isEmptyTarget(s.substring(inside.targetStart(), inside.targetEnd())))) {
                edits.add(new Annotator.Edit(inside.targetStart(), inside.targetEnd(), Annotator.markdownUrl(l.url())));
            }
        }
        if (footnotes.isEmpty()) {
            return edits;
        }
        StringBuilder notes = new StringBuilder();
        int number = 0;
        for (Annotator.Mark m : footnotes) {
            if (m.start() < 0 || m.end() > s.length() || m.end() <= m.start() || locked.overlaps(m.start(), m.end())) {
                continue;
            }
            ExistingLink inside = enclosing(m.start(), m.end());
            int at = inside == null ? m.end() : inside.targetEnd() + 1;
            String label = "[^unsymbol-" + (++number) + "]";
            edits.add(new Annotator.Edit(at, at, label, Annotator.Edit.CLOSE_MARK));
            notes.append('\n').append(label).append(": ").append(Annotator.markdownText(m.message()));
        }
        if (number > 0) {
            edits.add(new Annotator.Edit(s.length(), s.length(), (s.endsWith("\n") ? "" : "\n") + notes + "\n",
                    Annotator.Edit.AT_END));
        }
        return edits;
    }

    /** The inline links of the text with their targets as written. */
    List<Annotator.ExistingLink> existing(String s) {
        List<Annotator.ExistingLink> out = new ArrayList<>(links.size());
        for (ExistingLink l : links) {
            out.add(new Annotator.ExistingLink(l.textStart(), l.textEnd(), l.targetStart(), l.targetEnd(),
                    s.substring(l.targetStart(), l.targetEnd()).strip()));
        }
        return out;
    }

    static boolean isEmptyTarget(String target) {
        String t = target.strip();
        return t.isEmpty() || t.equals("#") || t.equals("<>") || t.equals("<#>");
    }

    private ExistingLink enclosing(int start, int end) {
        int lo = 0;
        int hi = links.size() - 1;
        ExistingLink found = null;
        while (lo <= hi) { // links are recorded in order of their opening bracket
            int mid = (lo + hi) >>> 1;
            if (links.get(mid).textStart() <= start) {
                found = links.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && end <= found.textEnd() ? found : null;
    }

    static List<Annotator.Edit> wrapAll(String s, List<Annotator.Link> sorted) {
        List<Annotator.Edit> edits = new ArrayList<>();
        for (Annotator.Link l : sorted) {
            edits.add(new Annotator.Edit(l.start(), l.start(), "[", Annotator.Edit.OPEN_LINK));
            edits.add(new Annotator.Edit(l.end(), l.end(), "](" + Annotator.markdownUrl(l.url()) + ")",
                        Annotator.Edit.CLOSE_LINK));
        }
        return edits;
    }
}
