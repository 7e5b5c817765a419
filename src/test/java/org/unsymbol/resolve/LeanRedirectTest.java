package org.unsymbol.resolve;

import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LinkState;
import org.unsymbol.testing.PlainResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The redirect's lean path ({@link Resolver#redirectIfCached}) answers what the whole resolution says, for every kind
 * of entry and request: its {@code Location} is {@code links().document()} and its language headers come from the
 * same choice, with and without what link health knows.
 */
class LeanRedirectTest {

    private static final List<String> SYMBOLS = List.of("A/78/265", "a/78/265", "S/RES/2719 (2023)",
            "A/DEC/78/541", "E/2024/1", "A/79/1", "A/79/999");
    private static final List<String> ACCEPT = java.util.Arrays.asList(null, "fr", "ru;q=0.5, es", "de, *;q=0.1");

    @Test
    void theSameTargetAndLanguageAsTheWholeResolution() {
        PlainResolver p = new PlainResolver()
                .with("A/78/265", Language.EN, Language.EN, Language.FR)
                .with("S/RES/2719 (2023)", Language.FR, Language.FR, Language.ES)
                .with("E/2024/1", Language.RU)
                .with("A/79/1", null, Language.FR); // no original language recorded
        int compared = compareAll(p);
        // what link health knows changes the choice: the French PDF missing, the Spanish ODS PDF known good
        p.checked("https://documents.un.org/api/symbol/access?s=A/78/265&l=fr&t=pdf", LinkState.Status.MISSING);
        p.checked(PlainResolver.odsPdf("A/78/265", Language.FR), LinkState.Status.MISSING);
        p.checked(PlainResolver.odsPdf("S/RES/2719(2023)", Language.ES), LinkState.Status.OK);
        compared += compareAll(p);
        assertEquals(2 * SYMBOLS.size() * (Language.values().length + 1) * ACCEPT.size(), compared);
    }

    @Test
    void aKeyTheCacheDoesNotKnowIsNoAnswer() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN);
        assertNull(p.resolver.redirectIfCached("A/78/265", Optional.empty(), null));
        p.resolver.resolve("A/78/265", Optional.empty(), null);
        assertNotNull(p.resolver.redirectIfCached("A/78/265", Optional.empty(), null));
    }

    private static int compareAll(PlainResolver p) {
        List<Optional<Language>> explicit = new ArrayList<>();
        explicit.add(Optional.empty());
        for (Language l : Language.values()) {
            explicit.add(Optional.of(l));
        }
        int n = 0;
        for (String s : SYMBOLS) {
            p.resolver.resolve(s, Optional.empty(), null); // cached from here on
            for (Optional<Language> lang : explicit) {
                for (String accept : ACCEPT) {
                    Resolution whole = p.resolver.resolveIfCached(s, lang, accept).resolution();
                    Resolver.Redirect lean = p.resolver.redirectIfCached(s, lang, accept);
                    String at = s + " " + lang + " " + accept;
                    assertEquals(whole.links().document(), lean.location(), at);
                    assertEquals(whole.language(), lean.choice().language().code(), at);
                    assertEquals(whole.requestedLanguage(), lean.choice().requested().code(), at);
                    assertEquals(whole.languageStatus(), lean.choice().status().wire(), at);
                    assertEquals(whole.fallback(), lean.choice().fallback(), at);
                    n++;
                }
            }
        }
        return n;
    }
}
