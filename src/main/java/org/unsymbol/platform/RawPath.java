package org.unsymbol.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.UriInfo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The symbol as the client wrote it in the path. The HTTP layer normalizes paths ({@code //} collapsed, {@code ..}
 * resolved) and JAX-RS path parameters lose the difference between {@code /} and {@code %2F}, which would hide errors
 * such as {@code A//78/265}; so resources cut the symbol from the raw request URI and percent-decode it here:
 * {@code %2F} is a slash, {@code +} stays a plus, a bad escape stays as typed.
 */
public final class RawPath {

    private RawPath() {
    }

    /** The decoded rest of the raw request path after {@code prefix}; empty when the path does not start with it. */
    public static String after(UriInfo uri, String prefix) {
        String rest = after(uri.getRequestUri().getRawPath(), prefix);
        return rest == null ? "" : rest;
    }

    /**
     * The same from the HTTP request itself: its request target as sent, without the absolute {@code URI} that
     * {@link UriInfo#getRequestUri()} builds (and parses) for every call.
     */
    public static String after(HttpServerRequest request, String prefix) {
        String rest = after(request.uri(), prefix);
        return rest == null ? "" : rest;
    }

    /** The part of a raw URI (path, or absolute URI) after {@code prefix}, decoded; null when it does not start so. */
    public static String after(String rawUri, String prefix) {
        if (rawUri == null) {
            return null;
        }
        int q = rawUri.indexOf('?');
        String path = q < 0 ? rawUri : rawUri.substring(0, q);
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            int slash = path.indexOf('/', path.indexOf("//") + 2);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return path.startsWith(prefix) ? decode(path.substring(prefix.length())) : null;
    }

    /** Percent-decoding only: a {@code +} stays a plus, and a broken escape is kept as typed. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
