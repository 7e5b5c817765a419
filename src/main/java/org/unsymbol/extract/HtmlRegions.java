package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tiny tag-aware scan of HTML: the text runs where a link may go, and the {@code <a>} elements whose empty or
 * {@code #} href may be filled. Not a full HTML parser: enough to never write inside a tag, an attribute, a comment or
 * a protected element, whatever the markup.
 */
final class HtmlRegions {

    private static final Set<String> PROTECTED = Set.of("a", "code", "pre", "script", "style", "textarea", "kbd",
            "samp", "title", "head", "svg", "math");

    /** An {@code <a>}: its text span, and the span of its href value (-1 when it has none). */
    private record Anchor(int textStart, int textEnd, int hrefStart, int hrefEnd) {
    }

    private final List<int[]> openText = new ArrayList<>();
    private final List<Anchor> anchors = new ArrayList<>();

    private HtmlRegions() {
    }

    static HtmlRegions scan(String s) {
        HtmlRegions r = new HtmlRegions();
        int n = s.length();
        int i = 0;
        int textStart = 0;
        int protectedDepth = 0;
        String rawTextEnd = null; // inside <script> or <style>: only its end tag ends it
        int anchorTextStart = -1;
        int hrefStart = -1;
        int hrefEnd = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '<') {
                i++;
                continue;
            }
            if (protectedDepth == 0 && i > textStart) {
                r.openText.add(new int[] {textStart, i});
            }
            int end;
            if (Words.startsWith(s, i, "<!--")) {
                int close = s.indexOf("-->", i + 4);
                end = close < 0 ? n : close + 3;
            } else {
                end = tagEnd(s, i);
                boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
                String name = tagName(s, closing ? i + 2 : i + 1);
                if (rawTextEnd != null) {
                    if (closing && name.equals(rawTextEnd)) {
                        rawTextEnd = null;
                        protectedDepth = Math.max(0, protectedDepth - 1);
                    }
                } else if (PROTECTED.contains(name) && !isSelfClosing(s, end)) {
                    if (closing) {
                        protectedDepth = Math.max(0, protectedDepth - 1);
                        if (name.equals("a") && anchorTextStart >= 0) {
                            r.anchors.add(new Anchor(anchorTextStart, i, hrefStart, hrefEnd));
                            anchorTextStart = -1;
                        }
                    } else {
                        protectedDepth++;
                        if (name.equals("script") || name.equals("style")) {
                            rawTextEnd = name;
                        }
                        if (name.equals("a") && protectedDepth == 1) {
                            anchorTextStart = end;
                            int[] href = hrefValue(s, i, end);
                            hrefStart = href[0];
                            hrefEnd = href[1];
                        }
                    }
                }
            }
            i = end;
            textStart = end;
        }
        if (protectedDepth == 0 && textStart < n) {
            r.openText.add(new int[] {textStart, n});
        }
        return r;
    }

    /** End of a tag starting at '<' (after its '>'), quotes respected; a lone '<' is text. */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n || !(Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!'
                || s.charAt(i + 1) == '?')) {
            return i + 1;
        }
        char quote = 0;
        for (int k = i + 1; k < n; k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return n;
    }

    private static boolean isSelfClosing(String s, int end) {
        return end >= 2 && s.charAt(end - 1) == '>' && s.charAt(end - 2) == '/';
    }

    private static String tagName(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return s.substring(from, k).toLowerCase(Locale.ROOT);
    }

    /** The span of the value of {@code href="..."} inside the tag {@code [start, end)}, or {-1, -1}. */
    private static int[] hrefValue(String s, int start, int end) {
        String tag = s.substring(start, end).toLowerCase(Locale.ROOT);
        int at = tag.indexOf("href");
        while (at >= 0) {
            int k = at + 4;
            while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                k++;
            }
            if (k < tag.length() && tag.charAt(k) == '=' && Character.isWhitespace(tag.charAt(at - 1))) {
                k++;
                while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                    k++;
                }
                if (k < tag.length() && (tag.charAt(k) == '"' || tag.charAt(k) == '\'')) {
                    int close = tag.indexOf(tag.charAt(k), k + 1);
                    if (close > 0) {
                        return new int[] {start + k + 1, start + close};
                    }
                }
                return new int[] {-1, -1};
            }
            at = tag.indexOf("href", at + 4);
        }
        return new int[] {-1, -1};
    }

    List<Annotator.Edit> edits(String s, List<Annotator.Link> sorted) {
        return edits(s, sorted, List.of(), Annotator.MarkStyle.NONE);
    }

    /**
     * The edits that insert {@code sorted} and show {@code marks} as {@code style} says: a {@code <mark>} around a
     * problem in open text, or (LINK) a class and title on the link inserted for it, a {@code <mark>} when it has
     * none. Marks inside protected elements (an existing {@code <a>} among them) are not shown.
     */
    List<Annotator.Edit> edits(String s, List<Annotator.Link> sorted, List<Annotator.Mark> marks,
                               Annotator.MarkStyle style) {
        List<Annotator.Edit> edits = new ArrayList<>();
        Spans text = new Spans(openText);
        java.util.Map<Long, Annotator.Mark> markOf = new java.util.HashMap<>();
        if (style != Annotator.MarkStyle.NONE) {
            for (Annotator.Mark m : marks) {
                markOf.putIfAbsent(((long) m.start() << 32) | m.end(), m);
            }
        }
        java.util.Set<Long> shown = new java.util.HashSet<>();
        int nextAnchor = 0;
        for (Annotator.Link l : sorted) {
            if (text.contains(l.start(), l.end())) {
                long key = ((long) l.start() << 32) | l.end();
                Annotator.Mark m = style == Annotator.MarkStyle.LINK ? markOf.get(key) : null;
                String attrs = m == null ? "" : " class=\"" + Annotator.markClasses(m.kind()) + "\" title=\""
                        + Annotator.htmlAttribute(m.message()) + "\"";
                if (m != null) {
                    shown.add(key);
                }
                edits.add(new Annotator.Edit(l.start(), l.start(), "<a href=\"" + Annotator.htmlAttribute(l.url())
                        + "\"" + attrs + ">", Annotator.Edit.OPEN_LINK));
                edits.add(new Annotator.Edit(l.end(), l.end(), "</a>", Annotator.Edit.CLOSE_LINK));
                continue;
            }
            while (nextAnchor < anchors.size() && anchors.get(nextAnchor).textEnd() < l.end()) {
                nextAnchor++; // anchors close in text order; links come sorted
            }
            if (nextAnchor < anchors.size()) {
                Anchor a = anchors.get(nextAnchor);
                if (a.hrefStart() >= 0 && l.start() >= a.textStart() && l.end() <= a.textEnd()
                        && s.substring(a.textStart(), a.textEnd()).strip().equals(s.substring(l.start(), l.end()))
                        && (l.replace() || MarkdownRegions.isEmptyTarget(s.substring(a.hrefStart(), a.hrefEnd())))) {
                    edits.add(new Annotator.Edit(a.hrefStart(), a.hrefEnd(), Annotator.htmlAttribute(l.url())));
                }
            }
        }
        if (style != Annotator.MarkStyle.NONE) {
            for (Annotator.Mark m : marks) {
                long key = ((long) m.start() << 32) | m.end();
                if (m.end() <= m.start() || shown.contains(key) || !text.contains(m.start(), m.end())) {
                    continue;
                }
                shown.add(key);
                // outside any link inserted on the same span: the <mark> opens before the <a> and closes after it
                edits.add(new Annotator.Edit(m.start(), m.start(), "<mark class=\"" + Annotator.markClasses(m.kind())
                        + "\" title=\"" + Annotator.htmlAttribute(m.message()) + "\">", Annotator.Edit.OPEN_MARK));
                edits.add(new Annotator.Edit(m.end(), m.end(), "</mark>", Annotator.Edit.CLOSE_MARK));
            }
        }
        return edits;
    }

    /** The {@code <a>} elements with an href, their targets as written (entities left as they are). */
    List<Annotator.ExistingLink> existing(String s) {
        List<Annotator.ExistingLink> out = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.hrefStart() >= 0) {
                out.add(new Annotator.ExistingLink(a.textStart(), a.textEnd(), a.hrefStart(), a.hrefEnd(),
                        s.substring(a.hrefStart(), a.hrefEnd()).strip().replace("&amp;", "&")));
            }
        }
        return out;
    }
}
