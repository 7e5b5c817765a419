package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts links for references into the text they were found in, keeping everything else byte for byte: removing
 * the inserted link syntax gives back the input exactly.
 *
 * <ul>
 *   <li>{@link Mode#MARKDOWN}: an existing link whose text is exactly the reference and whose target is empty or
 *       {@code #} ({@code [A/78/265](#)}) gets the target filled in; a bare reference is wrapped as
 *       {@code [text](url)}; nothing is inserted in code spans, fenced code, link targets, other links' text,
 *       autolinks, raw URLs or HTML tags.</li>
 *   <li>{@link Mode#HTML}: a tag-aware scan; a bare reference in text is wrapped as {@code <a href="url">text</a>};
 *       an {@code <a>} whose text is exactly the reference and whose {@code href} is empty or {@code #} gets it
 *       filled; nothing inside tags, attributes, comments, other {@code <a>}, {@code <code>}, {@code <pre>},
 *       {@code <script>}, {@code <style>}, {@code <textarea>}.</li>
 *   <li>{@link Mode#PLAIN}: plain text in, Markdown out: every reference is wrapped.</li>
 * </ul>
 */
public final class Annotator {

    public enum Mode { MARKDOWN, HTML, PLAIN }

    /** A link to insert: the span of the original text and its target. */
    public record Link(int start, int end, String url) {
    }

    private Annotator() {
    }

    /**
     * The links for the linkable references that {@code url} gives a target to (null: no link), in text order,
     * without overlaps (the first of overlapping spans wins).
     */
    public static List<Link> links(List<Reference> references, Function<Reference, String> url) {
        List<Link> links = new ArrayList<>();
        for (Reference r : references) {
            if (!r.linkable()) {
                continue;
            }
            String target = url.apply(r);
            if (target != null && !target.isEmpty()) {
                links.add(new Link(r.start(), r.end(), target));
            }
        }
        return withoutOverlaps(links);
    }

    public static String annotate(String text, List<Link> links, Mode mode) {
        List<Link> sorted = withoutOverlaps(links);
        List<Edit> edits = switch (mode) {
            case PLAIN -> MarkdownRegions.wrapAll(text, sorted);
            case MARKDOWN -> MarkdownRegions.scan(text).edits(text, sorted);
            case HTML -> HtmlRegions.scan(text).edits(text, sorted);
        };
        return apply(text, edits);
    }

    /** A replacement of {@code [start, end)} of the original text; an insertion has {@code start == end}. */
    record Edit(int start, int end, String replacement) {
    }

    private static List<Link> withoutOverlaps(List<Link> links) {
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingInt(Link::start).thenComparingInt(Link::end));
        List<Link> out = new ArrayList<>();
        int lastEnd = -1;
        for (Link l : sorted) {
            if (l.start() >= lastEnd && l.end() > l.start()) {
                out.add(l);
                lastEnd = l.end();
            }
        }
        return out;
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder sb = new StringBuilder(text.length() + edits.size() * 40);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at || e.end() > text.length()) {
                continue; // defensive: never reorder or lose original text
            }
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** A URL safe inside a Markdown link destination: white space, angle brackets and parentheses escaped. */
    static String markdownUrl(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> sb.append("%20");
                case '(' -> sb.append("%28");
                case ')' -> sb.append("%29");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '\n', '\r', '\t' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A URL safe inside a double-quoted HTML attribute. */
    static String htmlAttribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
