package org.unsymbol.links;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a {@link Representation} from an {@code Accept} header by RFC 9110 rules: the q-value of a representation is
 * that of the most specific range matching it ({@code type/subtype} over {@code type/*} over {@code *}{@code /*});
 * the highest q wins; at equal q an exactly named type beats a wildcard match, then the order of {@link Representation}.
 * No header, or {@code *}{@code /*}, means the redirect. Nothing acceptable gives empty (406). {@link #negotiate}
 * also hands back the parameters of the range that chose it ({@code text/x-bibliography; style=apa}), as doi.org's
 * content negotiation reads them.
 */
public final class AcceptNegotiation {

    private AcceptNegotiation() {
    }

    /** A chosen representation and the media-type parameters (lower-case names, q excluded) of its range. */
    public record Choice(Representation representation, Map<String, String> parameters) {
    }

    public static Optional<Representation> choose(String accept) {
        return negotiate(accept).map(Choice::representation);
    }

    /** No {@code Accept} at all, as most link checkers and scripts send: made once, not per request. */
    private static final Optional<Choice> NO_PREFERENCE = Optional.of(new Choice(Representation.REDIRECT, Map.of()));

    public static Optional<Choice> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return NO_PREFERENCE;
        }
        java.util.List<Range> ranges = new java.util.ArrayList<>();
        for (String text : accept.split(",", 64)) { // parsed once, then matched against every representation
            Range parsed = Range.parse(text);
            if (parsed != null) {
                ranges.add(parsed);
            }
        }
        Representation best = null;
        Range bestRange = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation r : Representation.values()) {
            double q = -1;
            int specificity = -1;
            Range matched = null;
            for (Range parsed : ranges) {
                int s = parsed.specificity(r);
                if (s > specificity) {
                    specificity = s;
                    q = parsed.q;
                    matched = parsed;
                }
            }
            if (r == Representation.REDIRECT && specificity < 2) {
                // browsers send text/html or application/xhtml+xml; a bare "*/*" also means "send me the document"
                for (Range parsed : ranges) {
                    if (parsed.type.equals("application") && parsed.subtype.equals("xhtml+xml")
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
                bestRange = matched;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(best, bestRange == null || bestRange.specificity(best) < 2 ? Map.of()
                : bestRange.parameters));
    }

    private record Range(String type, String subtype, double q, Map<String, String> parameters) {

        static Range parse(String text) {
            String[] parts = text.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                return null;
            }
            double q = Quality.of(parts);
            Map<String, String> parameters = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) {
                    String name = parts[i].substring(0, eq).strip().toLowerCase(Locale.ROOT);
                    String value = parts[i].substring(eq + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!name.equals("q")) {
                        parameters.putIfAbsent(name, value);
                    }
                }
            }
            return new Range(media.substring(0, slash), media.substring(slash + 1), q, Map.copyOf(parameters));
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
