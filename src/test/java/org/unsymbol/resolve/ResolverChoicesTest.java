package org.unsymbol.resolve;

import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LinkState;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.testing.PlainResolver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resolver's choices in plain JUnit (milliseconds, no Quarkus, no database): the catalogue is a map behind a
 * lambda, its cache a map. The HTTP and PostgreSQL side is ResolveResourceTest and RedirectResourceTest.
 */
class ResolverChoicesTest {

    private static final Optional<Language> ES = Optional.of(Language.ES);
    private static final Optional<Language> FR = Optional.of(Language.FR);

    @Test
    void aCataloguedDocumentInTheAskedLanguageLinksToItsOwnFile() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN, Language.ES);
        Resolution r = p.resolver.resolve("a/78/265", ES, null).resolution();
        assertTrue(r.valid());
        assertEquals("A/78/265", r.symbol());
        assertEquals(Boolean.TRUE, r.inCatalogue());
        assertEquals("es", r.language());
        assertEquals(Boolean.FALSE, r.fallback());
        assertEquals("Title of A/78/265 in es", r.title());
        assertEquals(List.of("en", "es"), r.availableLanguages());
        assertEquals("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=pdf", r.links().document());
    }

    @Test
    void aLanguageTheCatalogueLacksIsStillTheOneAskedForWhenNothingSaysItIsMissing() {
        // issue 16: /r/fr/A/78/265 used to send a French reader to the English file
        PlainResolver p = new PlainResolver().with("A/78/265", Language.ES, Language.EN, Language.ES);
        Resolution r = p.resolver.resolve("A/78/265", FR, null).resolution();
        assertEquals("fr", r.requestedLanguage());
        assertEquals("fr", r.language());
        assertEquals(Boolean.FALSE, r.fallback());
        assertEquals("unverified", r.languageStatus());
        assertEquals(PlainResolver.odsPdf("A/78/265", Language.FR), r.links().document());
        assertEquals("unchecked", r.linkHealth().get("document").status());
    }

    @Test
    void aLanguageKnownMissingFallsBackToTheOriginalAndSaysSo() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.ES, Language.EN, Language.ES)
                .checked(PlainResolver.odsPdf("A/78/265", Language.FR), LinkState.Status.MISSING);
        Resolution r = p.resolver.resolve("A/78/265", FR, null).resolution();
        assertEquals("fr", r.requestedLanguage());
        assertEquals("es", r.language(), "the original language, before English");
        assertEquals(Boolean.TRUE, r.fallback());
        assertEquals("missing", r.languageStatus());
        assertEquals(PlainResolver.odsPdf("A/78/265", Language.ES), r.links().document());
    }

    @Test
    void aFailingCheckIsNoKnowledgeAndNeverAFallback() {
        // a timeout or a 503 says nothing about the file: the reader still gets the French template
        PlainResolver p = new PlainResolver().with("A/78/265", Language.ES, Language.EN, Language.ES)
                .checked(PlainResolver.odsPdf("A/78/265", Language.FR), LinkState.Status.FAILING);
        Resolution r = p.resolver.resolve("A/78/265", FR, null).resolution();
        assertEquals("fr", r.language());
        assertEquals(Boolean.FALSE, r.fallback());
        assertEquals("unverified", r.languageStatus());
        assertEquals("failing", r.linkHealth().get("document").status());
    }

    @Test
    void aCataloguedFileThatAnswersKeepsItsLanguageThoughTheTemplateIsMissing() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.ES, Language.EN, Language.ES);
        String ownFr = "https://digitallibrary.un.org/record/1/files/A_78_265-FR.pdf";
        CatalogueView v = p.catalogue.values().iterator().next();
        Map<Language, List<org.unsymbol.links.CatalogueFile>> files = new java.util.EnumMap<>(v.files());
        files.put(Language.FR, List.of(new org.unsymbol.links.CatalogueFile("pdf", ownFr)));
        p.catalogue.replaceAll((k, old) -> new CatalogueView(old.symbol(), old.kind(), old.originalLanguage(),
                old.bodyName(), old.date(), java.util.EnumSet.of(Language.EN, Language.ES, Language.FR),
                old.titles(), files));
        p.checked(PlainResolver.odsPdf("A/78/265", Language.FR), LinkState.Status.MISSING)
                .checked(ownFr, LinkState.Status.OK);
        Resolution r = p.resolver.resolve("A/78/265", FR, null).resolution();
        assertEquals("fr", r.language());
        assertEquals("available", r.languageStatus());
        assertEquals(ownFr, r.links().document());
        assertEquals("ok", r.linkHealth().get("document").status());
        assertEquals("missing", r.linkHealth().get("odsPdf").status());
    }

    @Test
    void aHealthyLinkIsPreferredToTheCataloguedFileWhenThatIsMissing() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN, Language.ES);
        String own = p.catalogue.values().iterator().next().files().get(Language.EN).get(0).url();
        String ownOnDl = "https://digitallibrary.un.org/record/1/files/A_78_265-EN.pdf";
        // the seed helper's own file is the ODS URL itself; give the document a distinct Digital Library file
        p.catalogue.replaceAll((k, old) -> new CatalogueView(old.symbol(), old.kind(), old.originalLanguage(),
                old.bodyName(), old.date(), old.availableLanguages(), old.titles(),
                Map.of(Language.EN, List.of(new org.unsymbol.links.CatalogueFile("pdf", ownOnDl)))));
        assertEquals(ownOnDl, p.resolver.resolve("A/78/265", Optional.of(Language.EN), null).resolution()
                .links().document(), "unchecked: the catalogue's own file first, as before");
        p.checked(ownOnDl, LinkState.Status.MISSING).checked(own, LinkState.Status.OK);
        Resolution r = p.resolver.resolve("A/78/265", Optional.of(Language.EN), null).resolution();
        assertEquals(own, r.links().document(), "the ODS PDF answers; the catalogue's file does not");
        assertEquals("en", r.language());
        assertEquals("available", r.languageStatus(), "one file missing is not the language missing");
        assertEquals("ok", r.linkHealth().get("document").status());
        assertNotNull(r.linkHealth().get("document").checkedAt());
    }

    @Test
    void withoutAnExplicitLanguageAcceptLanguageDecidesThenTheOriginal() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.FR, Language.FR, Language.RU);
        assertEquals("ru", p.resolver.resolve("A/78/265", Optional.empty(), "pt, ru;q=0.8, fr;q=0.5")
                .resolution().language());
        assertEquals("fr", p.resolver.resolve("A/78/265", Optional.empty(), null).resolution().language());
    }

    @Test
    void anUncataloguedSymbolGetsTheTemplatesInTheAskedLanguage() {
        PlainResolver p = new PlainResolver();
        Resolution r = p.resolver.resolve("S/RES/2719 (2023)", ES, null).resolution();
        assertEquals("S/RES/2719 (2023)", r.symbol());
        assertEquals(Boolean.FALSE, r.inCatalogue());
        assertEquals("es", r.language());
        assertEquals(Boolean.FALSE, r.fallback());
        assertNotNull(r.links().undocs());
        assertTrue(r.links().document().contains("S/RES/2719"), r.links().document());
    }

    @Test
    void aMalformedSymbolIsTheMalformedSymbolProblemAndAsksNoCatalogue() {
        PlainResolver p = new PlainResolver();
        ProblemException e = assertThrows(ProblemException.class, () -> p.resolver.resolve("A//78", ES, null));
        assertEquals("MALFORMED_SYMBOL", e.problem().getCode());
        assertEquals(422, e.problem().getStatus());
        assertTrue(p.roundTrips.isEmpty());
    }

    @Test
    void manySymbolsCostOneRoundTripForTheirDistinctKeysAndAbsenceIsCachedToo() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN);
        List<Resolution> first = p.resolver.resolveAll(
                List.of("A/78/265", "a/78/265", "A/78/266", "A//78", "S/RES/2719(2023)"), ES, null);
        assertEquals(1, p.roundTrips.size());
        assertEquals(3, Set.copyOf(p.roundTrips.get(0)).size(), "distinct keys of the valid symbols only");
        assertEquals(List.of(true, true, false, false, false),
                first.stream().map(r -> Boolean.TRUE.equals(r.inCatalogue())).toList());
        assertFalse(first.get(3).valid());
        p.resolver.resolveAll(List.of("A/78/265", "A/78/266"), ES, null);
        assertEquals(1, p.roundTrips.size(), "the second time every key, found or not, comes from the cache");
    }

    @Test
    void anInvalidatedKeyIsReadAgain() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN);
        p.resolver.resolve("A/78/265", ES, null);
        p.resolver.resolve("A/78/265", ES, null);
        assertEquals(1, p.roundTrips.size());
        String key = p.roundTrips.get(0).iterator().next();
        p.resolver.invalidate(List.of(key));
        p.resolver.resolve("A/78/265", ES, null);
        assertEquals(2, p.roundTrips.size());
    }

    @Test
    void aLoadThatRacedAWriteIsAnsweredButNotCached() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN);
        // a catalogue whose read is overtaken by a write (an invalidation while the query runs)
        PlainResolver racing = new PlainResolver();
        Resolver[] self = new Resolver[1];
        self[0] = new Resolver(org.unsymbol.symbol.SymbolParser.standard(),
                new org.unsymbol.links.LinkBuilder(org.unsymbol.links.LinkBuilder.UNDOCS,
                        org.unsymbol.links.LinkBuilder.ODS_PDF, org.unsymbol.links.LinkBuilder.ODS_DOC,
                        org.unsymbol.links.LinkBuilder.DIGITAL_LIBRARY, Set.of("un.org"),
                        org.unsymbol.symbol.SymbolParser.standard()),
                keys -> {
                    self[0].invalidateAll();
                    return Map.of(keys.iterator().next(), p.catalogue.values().iterator().next());
                }, racing.cache, new ResolverMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        assertEquals(Boolean.TRUE, self[0].resolve("A/78/265", ES, null).resolution().inCatalogue());
        assertEquals(0, racing.cache.size(), "what was read before the write is not kept");
    }

    @Test
    void theEventLoopPathAnswersOnlyFromTheCache() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN);
        assertNull(p.resolver.resolveIfCached("A/78/265", ES, null), "a miss goes to a worker");
        assertTrue(p.roundTrips.isEmpty(), "and asks no catalogue itself");
        p.resolver.resolve("A/78/265", ES, null);
        Resolver.Resolved hit = p.resolver.resolveIfCached("A/78/265", ES, null);
        assertNotNull(hit);
        assertEquals(Boolean.TRUE, hit.resolution().inCatalogue());
        assertEquals(1, p.roundTrips.size());
        assertThrows(ProblemException.class, () -> p.resolver.resolveIfCached("A//78", ES, null));
    }
}
