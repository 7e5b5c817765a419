package org.unsymbol.resolve;

import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.links.CatalogueFile;
import org.unsymbol.links.LinkBuilder;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.testing.PlainResolver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A cached entry keeps what its answers need that does not depend on the request, chosen once when it is loaded (the
 * catalogue's preferred file in each language, the catalogued languages), and never outlives the entry: a write (the
 * key invalidated) brings the new links. Every answer expands the templates for its own canonical form.
 */
class CachedEntryTest {

    private static final Optional<Language> ES = Optional.of(Language.ES);
    private static final LinkBuilder LINKS = LinkBuilder.standard(SymbolParser.standard());

    @Test
    void thePreferredFileOfEachLanguageIsChosenWhenTheEntryIsLoaded() {
        CatalogueView view = new CatalogueView("A/78/265", "document", Language.EN, "General Assembly", "2023-08-01",
                Set.of(Language.EN, Language.FR, Language.ES), Map.of(),
                Map.of(Language.EN, List.of(new CatalogueFile("doc", "https://www.un.org/en/a.doc"),
                                new CatalogueFile("pdf", "https://www.un.org/en/a.pdf")),
                        Language.FR, List.of(new CatalogueFile("pdf", "https://evil.example/a.pdf"))));
        CachedEntry cached = new CachedEntry(Optional.of(view), LINKS);
        assertEquals("https://www.un.org/en/a.pdf", cached.ownFile(Language.EN), "a PDF first");
        assertNull(cached.ownFile(Language.FR), "never a file off the allowed hosts");
        assertNull(cached.ownFile(Language.ES), "no file recorded");
        assertEquals(1 << Language.EN.ordinal() | 1 << Language.FR.ordinal() | 1 << Language.ES.ordinal(),
                cached.availableBits());
        for (Language l : Language.values()) {
            assertEquals(LINKS.links(parse("A/78/265"), l, view.files().getOrDefault(l, List.of())),
                    LINKS.linksTo(parse("A/78/265"), l, cached.ownFile(l)), "the links of " + l);
        }

        CachedEntry absent = new CachedEntry(Optional.empty(), LINKS);
        assertFalse(absent.catalogued());
        assertEquals(0, absent.availableBits());
        assertNull(absent.ownFile(Language.EN));
    }

    @Test
    void anotherCanonicalSpellingOfTheSameKeyGetsItsOwnLinks() {
        PlainResolver p = new PlainResolver();
        DocumentSymbol a = parse("A/78/265");
        DocumentSymbol other = DocumentSymbol.builder().canonical("a/78/265").root("A").number("265")
                .kind(a.kind()).build();
        assertEquals(a.key(), other.key());
        assertEquals("https://undocs.org/en/a/78/265", LINKS.linksTo(other, Language.EN, null).undocs());
        p.resolver.resolve("A/78/265", ES, null);
        assertEquals("https://undocs.org/es/A/78/265",
                p.resolver.resolveIfCached("a/78/265", ES, null).resolution().links().undocs(),
                "the hit is answered for the canonical form of its own input");
    }

    @Test
    void aWriteBringsTheNewLinksToTheNextHit() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN, Language.ES);
        p.resolver.resolve("A/78/265", ES, null);
        Resolution hit = p.resolver.resolveIfCached("A/78/265", ES, null).resolution();
        assertEquals("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=pdf", hit.links().document());
        assertEquals(hit.links(), p.resolver.resolveIfCached("A/78/265", ES, null).resolution().links(),
                "a second hit: the same links");
        assertEquals(hit.links().document(), p.resolver.redirectIfCached("A/78/265", ES, null).location(),
                "the redirect's lean path: the same target");

        String key = p.roundTrips.get(0).iterator().next();
        CatalogueView before = p.catalogue.get(key);
        p.catalogue.put(key, new CatalogueView(before.symbol(), before.kind(), before.originalLanguage(),
                before.bodyName(), before.date(), Set.of(Language.EN, Language.ES), before.titles(),
                Map.of(Language.ES, List.of(new CatalogueFile("pdf", "https://www.un.org/es/nuevo.pdf")))));
        p.resolver.invalidate(List.of(key));
        assertEquals("https://www.un.org/es/nuevo.pdf",
                p.resolver.resolve("A/78/265", ES, null).resolution().links().document());
        assertEquals("https://www.un.org/es/nuevo.pdf",
                p.resolver.resolveIfCached("A/78/265", ES, null).resolution().links().document());
        assertEquals("https://www.un.org/es/nuevo.pdf", p.resolver.redirectIfCached("A/78/265", ES, null).location());
    }

    private static DocumentSymbol parse(String s) {
        return SymbolParser.standard().parse(s).symbol().orElseThrow();
    }
}
