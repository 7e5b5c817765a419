package org.unsymbol.platform.http;

import org.unsymbol.platform.RawPath;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path a request will really be routed to, as the edge must see it to decide limits. Vert.x routes (and hands
 * the REST layer) {@code RoutingContext.normalizedPath()}: dot segments removed, percent-encoded unreserved
 * characters ({@code %2e}, {@code %61}) decoded. The REST layer then percent-decodes the rest ({@code %2F} too), so a
 * path can still change meaning after the edge looked at it. Two views are kept:
 * <ul>
 * <li>{@link #routed()}: Vert.x's normalised path, what the routers match;</li>
 * <li>{@link #decoded()}: that path fully percent-decoded, dot segments removed again and {@code //} collapsed, the
 * most that any later layer could make of it.</li>
 * </ul>
 * A decision that grants more (a larger body, no rate limit) needs both views to agree; anything else falls back to
 * the strict default, so an odd spelling can only ever be refused more, never less.
 */
public record RoutedPath(String written, String routed, String decoded) {

    /** {@code written}: the request's path as sent; {@code normalizedPath}: Vert.x's normalised form of it. */
    public static RoutedPath of(String written, String normalizedPath) {
        String routed = normalizedPath == null || normalizedPath.isEmpty() ? "/" : normalizedPath;
        return new RoutedPath(written == null ? "" : written, routed,
                canonical(RawPath.decode(routed.replace('\\', '/'))));
    }

    /**
     * True when the path was written plainly under {@code prefix}: as sent, with nothing for any layer to normalise
     * or decode ({@code /q/health/live}). What is exempt from limits must be spelled so.
     */
    public boolean plainlyUnder(String prefix) {
        return written.equals(routed) && written.equals(decoded) && written.startsWith(prefix)
                && written.indexOf('%') < 0;
    }

    /** True when both views are exactly {@code path} (a trailing slash allowed), spelled without any escape. */
    public boolean is(String path) {
        return routed.indexOf('%') < 0 && same(routed, path) && same(decoded, path);
    }

    /** True when both views lie under {@code prefix} (which ends with a slash). */
    public boolean under(String prefix) {
        return routed.startsWith(prefix) && decoded.startsWith(prefix);
    }

    /**
     * True when {@link #canonical} would give {@code path} back unchanged: it starts with a slash and has no empty,
     * {@code .} or {@code ..} segment (a trailing slash is kept by both).
     */
    static boolean isCanonical(String path) {
        int n = path.length();
        if (n == 0 || path.charAt(0) != '/') {
            return false;
        }
        int start = 1; // the first character of the current segment
        for (int i = 1; i <= n; i++) {
            if (i == n || path.charAt(i) == '/') {
                int length = i - start;
                if (length == 0 ? i < n : length <= 2 && path.charAt(start) == '.'
                        && (length == 1 || path.charAt(start + 1) == '.')) {
                    return false; // "//", or a "." or ".." segment
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean same(String candidate, String path) {
        return candidate.equals(path) || candidate.equals(path + "/");
    }

    /** RFC 3986 section 5.2.4 dot-segment removal, with empty segments ({@code //}) dropped. */
    static String canonical(String path) {
        return isCanonical(path) ? path : removeDotSegments(path); // the common case allocates nothing
    }

    /** {@link #canonical}, the long way. */
    static String removeDotSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment);
        }
        if (out.isEmpty() || path.endsWith("/") && !segments.isEmpty()) {
            out.append('/');
        }
        return out.toString();
    }
}
