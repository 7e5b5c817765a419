package org.unsymbol.links;

import java.util.Locale;
import java.util.Optional;

/**
 * Picks a {@link Representation} from an {@code Accept} header by RFC 9110 rules: the q-value of a representation is
 * that of the most specific range matching it ({@code type/subtype} over {@code type/*} over {@code *}{@code /*});
 * the highest q wins; at equal q an exactly named type beats a wildcard match, then the order of {@link Representation}.
 * No header, or {@code *}{@code /*}, means the redirect. Nothing acceptable gives empty (406).
 */
public final class AcceptNegotiation {

    private AcceptNegotiation() {
    }

    public static Optional<Representation> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Representation.REDIRECT);
        }
        String[] ranges = accept.split(",", 64);
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation r : Representation.values()) {
            double q = -1;
            int specificity = -1;
            for (String range : ranges) {
                Range parsed = Range.parse(range);
                if (parsed == null) {
                    continue;
                }
                int s = parsed.specificity(r);
                if (s > specificity) {
                    specificity = s;
                    q = parsed.q;
                }
            }
            if (r == Representation.REDIRECT && specificity < 2) {
                // browsers send text/html or application/xhtml+xml; a bare "*/*" also means "send me the document"
                for (String range : ranges) {
                    Range parsed = Range.parse(range);
                    if (parsed != null && parsed.type.equals("application") && parsed.subtype.equals("xhtml+xml")
                            && parsed.q > 0) {
                        specificity = 2;
                        q = parsed.q;
                    }
                }
            }
            if (specificity < 0 || q <= 0) {
                continue;
            }
            if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                best = r;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Range(String type, String subtype, double q) {

        static Range parse(String text) {
            String[] parts = text.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                return null;
            }
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
            return new Range(media.substring(0, slash), media.substring(slash + 1), q);
        }

        /** 2 exact, 1 type wildcard, 0 full wildcard, -1 no match. */
        int specificity(Representation r) {
            String[] mt = r.mediaType().split("/");
            if (type.equals("*") && subtype.equals("*")) {
                return 0;
            }
            if (!type.equals(mt[0])) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(mt[1]) ? 2 : -1;
        }
    }
}
