package org.unsymbol.links;

import org.unsymbol.lang.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the language of a resolution: the explicit one, else the best of {@code Accept-Language}, else the
 * document's original language, else English. When the catalogue knows the document but not in that language, the
 * fallback is chosen explicitly (original language, then English, then the first available) and said so.
 *
 * @param requested the language asked for (explicitly or by Accept-Language), or the default when nothing was asked
 * @param language  the language of the links
 * @param fallback  true when {@code language != requested} because the catalogue lacks the requested version
 */
public record LanguageChoice(Language requested, Language language, boolean fallback) {

    public static LanguageChoice choose(Optional<Language> explicit, String acceptLanguage,
                                        Optional<Language> original, Set<Language> available) {
        Language requested = explicit
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .or(() -> original)
                .orElse(Language.EN);
        if (available.isEmpty() || available.contains(requested)) {
            return new LanguageChoice(requested, requested, false); // not catalogued: links for what was asked
        }
        Language chosen = original.filter(available::contains)
                .or(() -> available.contains(Language.EN) ? Optional.of(Language.EN) : Optional.empty())
                .orElseGet(() -> available.stream().sorted().findFirst().orElseThrow());
        return new LanguageChoice(requested, chosen, true);
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
