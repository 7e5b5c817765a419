package org.unsymbol.platform;

import jakarta.ws.rs.core.UriInfo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A symbol travels raw in the URL path, slashes and all. JAX-RS path parameters lose what matters (empty components
 * from {@code //}, the difference between {@code /} and {@code %2F}), so resources read the raw request path instead.
 */
public final class RawPath {

    private RawPath() {
    }

    /** The percent-decoded rest of the raw request path after {@code prefix} (which ends with a slash). */
    public static String after(UriInfo uri, String prefix) {
        String raw = uri.getRequestUri().getRawPath();
        int at = raw.indexOf(prefix);
        String rest = at < 0 ? "" : raw.substring(at + prefix.length());
        return decode(rest);
    }

    /** Percent-decoding only: a {@code +} stays a plus, and a broken escape leaves the text as it was. */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
