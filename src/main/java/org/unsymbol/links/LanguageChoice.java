package org.unsymbol.links;

import org.unsymbol.lang.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the language of a resolution: the explicit one, else the best of {@code Accept-Language}, else the
 * document's original language, else English if catalogued (or nothing is), else the first catalogued language. The reader gets the language asked for unless it is KNOWN to be missing
 * (the link-health checks found its file missing): a catalogue that does not list a language only means that nobody
 * recorded it, and the link templates may well find it. Only a known-missing language falls back, openly, to the
 * original language, then English, then the first catalogued language not itself known missing.
 *
 * @param requested the language asked for (explicitly or by Accept-Language), or the default when nothing was asked
 * @param language  the language of the links
 * @param fallback  true when {@code language != requested} because the requested version is known to be missing
 * @param status    what is known of the requested language's version
 */
public record LanguageChoice(Language requested, Language language, boolean fallback, Status status) {

    /** What is known of the requested language's version. */
    public enum Status {
        /** the catalogue records a version in that language (and link health does not say its file is missing) */
        AVAILABLE,
        /** neither the catalogue nor link health knows: the reader is sent to the requested language's template */
        UNVERIFIED,
        /** link health found the language's file missing */
        MISSING;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The choice when nothing is known to be missing: the requested language, always. */
    public static LanguageChoice choose(Optional<Language> explicit, String acceptLanguage,
                                        Optional<Language> original, Set<Language> available) {
        return choose(explicit, acceptLanguage, original, available, l -> false);
    }

    /**
     * @param available   the languages the catalogue records (empty for a document it does not know)
     * @param knownMissing true for a language whose version is known to be missing
     */
    public static LanguageChoice choose(Optional<Language> explicit, String acceptLanguage,
                                        Optional<Language> original, Set<Language> available,
                                        Predicate<Language> knownMissing) {
        // nothing asked (no explicit language, no Accept-Language we speak): the original, else a catalogued
        // language (English first), else English; this default is no reader's request, so it may as well exist
        Language requested = explicit
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .or(() -> original)
                .orElseGet(() -> available.isEmpty() || available.contains(Language.EN) ? Language.EN
                        : available.stream().sorted().findFirst().orElseThrow());
        if (!knownMissing.test(requested)) {
            return new LanguageChoice(requested, requested, false,
                    available.contains(requested) ? Status.AVAILABLE : Status.UNVERIFIED);
        }
        Predicate<Language> usable = l -> available.contains(l) && !knownMissing.test(l);
        Optional<Language> chosen = original.filter(usable)
                .or(() -> usable.test(Language.EN) ? Optional.of(Language.EN) : Optional.empty())
                .or(() -> available.stream().sorted().filter(usable).findFirst());
        return chosen.map(l -> new LanguageChoice(requested, l, true, Status.MISSING))
                // nothing better is known: the requested language, said to be missing
                .orElseGet(() -> new LanguageChoice(requested, requested, false, Status.MISSING));
    }

    /** The supported language with the highest q in an {@code Accept-Language} header; {@code *} and q=0 add none. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        record Weighted(Language language, double q, int order) {
        }
        List<Weighted> candidates = new ArrayList<>();
        String[] ranges = header.split(",");
        for (int i = 0; i < ranges.length && i < 32; i++) {
            String[] parts = ranges[i].split(";");
            double q = Quality.of(parts);
            double weight = q;
            int order = i;
            if (weight > 0) {
                Language.fromTag(parts[0]).ifPresent(l -> candidates.add(new Weighted(l, weight, order)));
            }
        }
        return candidates.stream()
                .max(Comparator.comparingDouble(Weighted::q).thenComparing(Weighted::order, Comparator.reverseOrder()))
                .map(Weighted::language);
    }
}
