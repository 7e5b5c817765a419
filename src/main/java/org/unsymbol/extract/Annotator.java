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
 *   <li>{@link Mode#TEXT}: plain text in, plain text out: the link follows the reference as {@code " <url>"}
 *       ({@code A/78/265 <https://undocs.org/A/78/265>}), the form RFC 3986 appendix C recommends for URLs in
 *       plain text; removing each inserted {@code " <url>"} gives back the input.</li>
 * </ul>
 * Problems ({@link Mark}) can be made visible: in HTML as {@code <mark class title>} around the reference or as a
 * class and title on the inserted link ({@link MarkStyle}); in Markdown as footnotes ({@code [^unsymbol-1]}, the
 * notes appended at the end); in plain text never. An existing link whose target is wrong is replaced only when its
 * {@link Link#replace()} says so. {@link #existingLinks} gives the links a text already holds, for checking.
 */
public final class Annotator {

    public enum Mode { MARKDOWN, HTML, PLAIN, TEXT }

    /**
     * A link to insert: the span of the original text and its target; {@code replace}: an existing link around
     * exactly this text gets this target even when it already has one.
     */
    public record Link(int start, int end, String url, boolean replace) {
        public Link(int start, int end, String url) {
            this(start, end, url, false);
        }
    }

    /** A problem to show on a span: a short kind (a CSS class suffix) and the message for the reader. */
    public record Mark(int start, int end, String kind, String message) {
    }

    /** How HTML shows problems: a {@code <mark>} around the span, a class and title on its link, or not at all. */
    public enum MarkStyle { MARK, LINK, NONE }

    /** How problems are shown: {@code htmlMarks} for HTML, {@code markdownFootnotes} for Markdown. */
    public record Options(MarkStyle htmlMarks, boolean markdownFootnotes) {
        public static final Options NONE = new Options(MarkStyle.NONE, false);

        public Options {
            htmlMarks = htmlMarks == null ? MarkStyle.NONE : htmlMarks;
        }
    }

    /** A link already in the text: the span of its text and of its target, and the target as written. */
    public record ExistingLink(int textStart, int textEnd, int targetStart, int targetEnd, String target) {
    }

    /** The CSS class every problem mark carries; each also has {@code unsymbol-<kind>}. */
    public static final String MARK_CLASS = "unsymbol-problem";

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
        return annotate(text, links, List.of(), mode, Options.NONE);
    }

    /** The text with its links inserted and its problems shown as {@code options} say. */
    public static String annotate(String text, List<Link> links, List<Mark> marks, Mode mode, Options options) {
        if (text == null) {
            return "";
        }
        List<Link> sorted = withoutOverlaps(links == null ? List.of() : links);
        List<Mark> problems = marks == null ? List.of() : marks;
        Options o = options == null ? Options.NONE : options;
        List<Edit> edits = switch (mode) {
            case PLAIN -> MarkdownRegions.wrapAll(text, sorted);
            case TEXT -> plainText(sorted);
            case MARKDOWN -> MarkdownRegions.scan(text).edits(text, sorted, o.markdownFootnotes() ? problems : List.of());
            case HTML -> HtmlRegions.scan(text).edits(text, sorted, problems, o.htmlMarks());
        };
        return apply(text, edits);
    }

    /** The links the text already holds (Markdown inline links, HTML {@code <a href>}); none for plain text. */
    public static List<ExistingLink> existingLinks(String text, Mode mode) {
        if (text == null) {
            return List.of();
        }
        return switch (mode) {
            case MARKDOWN -> MarkdownRegions.scan(text).existing(text);
            case HTML -> HtmlRegions.scan(text).existing(text);
            case PLAIN, TEXT -> List.of();
        };
    }

    private static List<Edit> plainText(List<Link> sorted) {
        List<Edit> edits = new ArrayList<>(sorted.size());
        for (Link l : sorted) {
            edits.add(new Edit(l.end(), l.end(), " <" + markdownUrl(l.url()) + ">", Edit.CLOSE_LINK));
        }
        return edits;
    }

    /** A replacement of {@code [start, end)} of the original text; an insertion has {@code start == end}. */
    record Edit(int start, int end, String replacement, int rank) {
        /** Ranks of insertions at one place: what closes comes before what opens, marks outside links. */
        static final int CLOSE_LINK = 0;
        static final int CLOSE_MARK = 1;
        static final int OPEN_MARK = 2;
        static final int OPEN_LINK = 3;
        static final int AT_END = 9;

        Edit(int start, int end, String replacement) {
            this(start, end, replacement, OPEN_MARK);
        }
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
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).thenComparingInt(Edit::rank));
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

    /** The CSS classes of a problem of {@code kind}: the common one and one per kind, letters and digits only. */
    static String markClasses(String kind) {
        StringBuilder sb = new StringBuilder(MARK_CLASS).append(" unsymbol-");
        String k = kind == null ? "problem" : kind;
        for (int i = 0; i < k.length() && i < 40; i++) {
            char c = k.charAt(i);
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '-');
        }
        return sb.toString();
    }

    /** Text for a Markdown footnote: one line, Markdown's active characters escaped. */
    static String markdownText(String message) {
        StringBuilder sb = new StringBuilder();
        String m = message == null ? "" : message;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else {
                if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
