package org.unsymbol.links;

import org.unsymbol.lang.Language;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageChoiceTest {

    private static final Set<Language> ES_EN = EnumSet.of(Language.ES, Language.EN);

    @Test
    void explicitBeatsAcceptLanguageBeatsOriginal() {
        assertEquals(Language.ES, LanguageChoice.choose(Optional.of(Language.ES), "fr", Optional.of(Language.EN),
                Set.of()).language());
        assertEquals(Language.FR, LanguageChoice.choose(Optional.empty(), "fr-CH, en;q=0.5", Optional.of(Language.EN),
                Set.of()).language());
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), null, Optional.of(Language.EN),
                Set.of()).language());
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), "", Optional.empty(), Set.of()).language());
    }

    @Test
    void aLanguageTheCatalogueDoesNotListIsStillTheOneAskedFor() {
        // issue 16: the catalogue not listing Russian does not make it missing
        LanguageChoice c = LanguageChoice.choose(Optional.of(Language.RU), null, Optional.of(Language.ES), ES_EN);
        assertEquals(Language.RU, c.language());
        assertFalse(c.fallback());
        assertEquals(LanguageChoice.Status.UNVERIFIED, c.status());
        assertEquals(LanguageChoice.Status.AVAILABLE,
                LanguageChoice.choose(Optional.of(Language.EN), null, Optional.empty(), ES_EN).status());
    }

    @Test
    void aKnownMissingVersionFallsBackOpenlyToTheOriginal() {
        LanguageChoice c = LanguageChoice.choose(Optional.of(Language.RU), null, Optional.of(Language.ES), ES_EN,
                l -> l == Language.RU);
        assertEquals(Language.RU, c.requested());
        assertEquals(Language.ES, c.language());
        assertTrue(c.fallback());
        assertEquals(LanguageChoice.Status.MISSING, c.status());
    }

    @Test
    void withoutTheOriginalEnglishThenTheFirstAvailableNotItselfMissing() {
        assertEquals(Language.EN, LanguageChoice.choose(Optional.of(Language.AR), null, Optional.of(Language.RU),
                ES_EN, l -> l == Language.AR).language());
        assertEquals(Language.ZH, LanguageChoice.choose(Optional.of(Language.AR), null, Optional.empty(),
                EnumSet.of(Language.ZH, Language.FR), l -> l == Language.AR).language());
        assertEquals(Language.ES, LanguageChoice.choose(Optional.of(Language.AR), null, Optional.of(Language.EN),
                ES_EN, l -> l == Language.AR || l == Language.EN).language(), "the original is missing too");
    }

    @Test
    void whenNothingBetterIsKnownTheRequestedLanguageStaysAndIsSaidMissing() {
        LanguageChoice c = LanguageChoice.choose(Optional.of(Language.FR), null, Optional.empty(), Set.of(),
                l -> l == Language.FR);
        assertEquals(Language.FR, c.language());
        assertFalse(c.fallback());
        assertEquals(LanguageChoice.Status.MISSING, c.status());
    }

    @Test
    void whenNothingIsAskedTheDefaultIsACataloguedLanguage() {
        LanguageChoice c = LanguageChoice.choose(Optional.empty(), null, Optional.empty(), EnumSet.of(Language.FR));
        assertEquals(Language.FR, c.language());
        assertEquals(LanguageChoice.Status.AVAILABLE, c.status());
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), "ja", Optional.empty(),
                EnumSet.of(Language.FR, Language.EN)).language());
        assertEquals(Language.RU, LanguageChoice.choose(Optional.empty(), "ru", Optional.empty(),
                EnumSet.of(Language.FR)).language(), "Accept-Language is a request");
    }

    @Test
    void anAvailableRequestIsNoFallback() {
        assertFalse(LanguageChoice.choose(Optional.of(Language.EN), null, Optional.empty(), ES_EN).fallback());
    }

    @Test
    void acceptLanguageHonoursQualityAndSkipsUnsupported() {
        assertEquals(Optional.of(Language.RU), LanguageChoice.fromAcceptLanguage("ja, ru;q=0.8, en;q=0.7"));
        assertEquals(Optional.of(Language.ZH), LanguageChoice.fromAcceptLanguage("zh-Hans-CN"));
        assertEquals(Optional.empty(), LanguageChoice.fromAcceptLanguage("*, ja"));
        assertEquals(Optional.empty(), LanguageChoice.fromAcceptLanguage("en;q=0"));
        assertEquals(Optional.of(Language.EN), LanguageChoice.fromAcceptLanguage("fr;q=0.4, en;q=0.9"));
    }
}
