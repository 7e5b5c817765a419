package org.unsymbol.links;

import java.util.Locale;

/** The {@code q} parameter of one element of an Accept or Accept-Language header (RFC 9110 §12.4.2). */
final class Quality {

    private Quality() {
    }

    /** The q-value among {@code parts[1..]} (the parameters after the range), 1 when absent, 0 when unreadable. */
    static double of(String[] parts) {
        double q = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return q;
    }
}
