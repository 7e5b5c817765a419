package org.unsymbol.catalogue;

import java.nio.charset.StandardCharsets;

/** Writes a symbol into a URL path as undocs.org does: slashes and parentheses literal, anything else escaped. */
public final class SymbolPaths {

    private static final String KEPT = "-._~!$&'()*+,;=:@/";

    private SymbolPaths() {
    }

    public static String encode(String symbol) {
        StringBuilder sb = new StringBuilder(symbol.length() + 8);
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
