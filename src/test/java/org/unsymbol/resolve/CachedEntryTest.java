package org.unsymbol.resolve;

import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.links.CatalogueFile;
import org.unsymbol.links.Links;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.testing.PlainResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A cache hit reuses the links made for its entry and language, and never outlives the entry: a write (the key
 * invalidated) brings the new links, and another canonical spelling under the same key gets its own.
 */
class CachedEntryTest {

    private static final Optional<Language> ES = Optional.of(Language.ES);

    @Test
    void linksAreMadeOncePerLanguageAndCanonicalForm() {
        List<String> made = new ArrayList<>();
        CachedEntry cached = new CachedEntry(Optional.empty());
        CachedEntry.LinkMaker maker = (symbol, language, entry) -> {
            made.add(symbol.canonical() + " " + language.code());
            return new Links("https://undocs.org/" + language.code() + "/" + symbol.canonical(), null, null, null,
                    "https://digitallibrary.un.org/");
        };
        DocumentSymbol a = parse("A/78/265");
        Links first = cached.links(a, Language.EN, maker);
        assertSame(first, cached.links(parse("a/78/265"), Language.EN, maker), "same canonical form: reused");
        assertNotSame(first, cached.links(a, Language.FR, maker), "another language: its own links");
        assertEquals(List.of("A/78/265 en", "A/78/265 fr"), made);

        // the same lookup key (upper-cased, spaces removed) from another canonical spelling
        DocumentSymbol other = DocumentSymbol.builder().canonical("a/78/265").root("A").number("265")
                .kind(a.kind()).build();
        assertEquals(a.key(), other.key());
        assertEquals("https://undocs.org/en/a/78/265", cached.links(other, Language.EN, maker).document(),
                "another canonical form is never given the links of the first");
    }

    @Test
    void aWriteBringsTheNewLinksToTheNextHit() {
        PlainResolver p = new PlainResolver().with("A/78/265", Language.EN, Language.EN, Language.ES);
        p.resolver.resolve("A/78/265", ES, null);
        Resolution hit = p.resolver.resolveIfCached("A/78/265", ES, null).resolution();
        assertEquals("https://documents.un.org/api/symbol/access?s=A/78/265&l=es&t=pdf", hit.links().document());
        assertSame(hit.links(), p.resolver.resolveIfCached("A/78/265", ES, null).resolution().links(),
                "a second hit builds nothing");

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
    }

    private static DocumentSymbol parse(String s) {
        return SymbolParser.standard().parse(s).symbol().orElseThrow();
    }
}
