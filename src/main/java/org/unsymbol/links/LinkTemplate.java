package org.unsymbol.links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A URL template such as {@code https://undocs.org/{lang}/{symbol}}, compiled once. Each placeholder is encoded for
 * where it stands: in the path a symbol keeps its slashes and parentheses; in the query it is a strict query value.
 * The scheme and host come only from the template, so no value can ever choose where a link points.
 */
public final class LinkTemplate {

    private record Part(String literal, String placeholder, boolean inQuery) {
    }

    private final String source;
    private final List<Part> parts;

    private LinkTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    public static LinkTemplate compile(String template) {
        if (!template.startsWith("https://") && !template.startsWith("http://")) {
            throw new IllegalArgumentException("a link template must be an absolute http(s) URL: " + template);
        }
        int hostEnd = template.indexOf('/', template.indexOf("//") + 2);
        if (hostEnd < 0 || template.substring(0, hostEnd).contains("{")) {
            throw new IllegalArgumentException("a link template must fix its scheme and host: " + template);
        }
        List<Part> parts = new ArrayList<>();
        int query = template.indexOf('?');
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(template.substring(i), null, false));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in " + template);
            }
            if (open > i) {
                parts.add(new Part(template.substring(i, open), null, false));
            }
            parts.add(new Part(null, template.substring(open + 1, close), query >= 0 && open > query));
            i = close + 1;
        }
        return new LinkTemplate(template, List.copyOf(parts));
    }

    public String expand(Map<String, String> values) {
        StringBuilder sb = new StringBuilder(source.length() + 32);
        for (Part p : parts) {
            if (p.literal != null) {
                sb.append(p.literal);
            } else {
                String v = values.get(p.placeholder);
                if (v == null) {
                    throw new IllegalArgumentException("no value for {" + p.placeholder + "} in " + source);
                }
                encode(v, p.inQuery, sb);
            }
        }
        return sb.toString();
    }

    public String source() {
        return source;
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters and {@code /}; in a path also {@code ( ) *}, which
     * undocs.org takes literally ({@code /fr/S/RES/6(1946)}). Control characters, spaces, {@code ?#%&@\} and every
     * non-ASCII byte are always encoded, so a value can never break out of its component or into a header.
     */
    static void encode(String value, boolean inQuery, StringBuilder sb) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (byte raw : bytes) {
            int b = raw & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~' || b == '/'
                    || (!inQuery && (b == '(' || b == ')' || b == '*'));
            if (keep) {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }
}
