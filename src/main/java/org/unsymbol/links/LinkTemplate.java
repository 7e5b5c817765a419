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

    /**
     * {@code slot}: for a placeholder, its index in {@link #expand(String, String, String)} (0 {@code symbol}, 1
     * {@code odsSymbol}, 2 {@code lang}), or -1 for any other name.
     */
    private record Part(String literal, String placeholder, boolean inQuery, int slot) {
    }

    /** The placeholders of the link templates, in the order {@link #expand(String, String, String)} takes them. */
    private static final List<String> SLOTS = List.of("symbol", "odsSymbol", "lang");

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
                parts.add(new Part(template.substring(i), null, false, -1));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in " + template);
            }
            if (open > i) {
                parts.add(new Part(template.substring(i, open), null, false, -1));
            }
            String name = template.substring(open + 1, close);
            parts.add(new Part(null, name, query >= 0 && open > query, SLOTS.indexOf(name)));
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

    /**
     * The same as {@link #expand(Map)} with the values of the link templates' three placeholders, without a map: what
     * the resolver calls on every answer.
     */
    public String expand(String symbol, String odsSymbol, String lang) {
        StringBuilder sb = new StringBuilder(source.length() + 32);
        for (Part p : parts) {
            if (p.literal != null) {
                sb.append(p.literal);
            } else {
                String v = switch (p.slot) {
                    case 0 -> symbol;
                    case 1 -> odsSymbol;
                    case 2 -> lang;
                    default -> null;
                };
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
        int n = value.length();
        int i = 0;
        while (i < n && value.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) { // ASCII, as symbols and language codes are: its chars are its UTF-8 bytes
            for (int j = 0; j < n; j++) {
                encodeByte(value.charAt(j), inQuery, sb);
            }
            return;
        }
        for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
            encodeByte(raw & 0xff, inQuery, sb);
        }
    }

    private static void encodeByte(int b, boolean inQuery, StringBuilder sb) {
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
