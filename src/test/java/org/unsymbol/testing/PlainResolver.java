package org.unsymbol.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.unsymbol.lang.Language;
import org.unsymbol.links.CatalogueFile;
import org.unsymbol.links.LinkBuilder;
import org.unsymbol.links.LinkHealth;
import org.unsymbol.links.LinkState;
import org.unsymbol.resolve.CatalogueReader;
import org.unsymbol.resolve.CatalogueView;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.resolve.ResolverMetrics;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver without Quarkus: the bundled grammar, the default link templates, a catalogue given as a map (by lookup
 * key) and a map for its cache. Every catalogue round trip is recorded, so a test can say how many were made.
 */
public final class PlainResolver {

    public final Map<String, CatalogueView> catalogue = new HashMap<>();
    /** The keys of each catalogue round trip, in order. */
    public final List<Collection<String>> roundTrips = new ArrayList<>();
    public final MapEntryCache cache = new MapEntryCache();
    /** What link health knows, by URL (empty: nothing checked). */
    public final Map<String, LinkState> health = new java.util.concurrent.ConcurrentHashMap<>();
    public final Resolver resolver;

    public PlainResolver() {
        SymbolParser parser = SymbolParser.standard();
        LinkBuilder links = new LinkBuilder(LinkBuilder.UNDOCS, LinkBuilder.ODS_PDF, LinkBuilder.ODS_DOC,
                LinkBuilder.DIGITAL_LIBRARY, Set.of(LinkBuilder.ALLOWED_HOSTS.split(",")), parser);
        CatalogueReader reader = keys -> {
            roundTrips.add(List.copyOf(keys));
            Map<String, CatalogueView> found = new HashMap<>();
            for (String k : keys) {
                CatalogueView v = catalogue.get(k);
                if (v != null) {
                    found.put(k, v);
                }
            }
            return found;
        };
        LinkHealth known = new LinkHealth() {
            @Override
            public LinkState of(String url) {
                return health.get(url);
            }

            @Override
            public boolean isEmpty() {
                return health.isEmpty();
            }
        };
        this.resolver = new Resolver(parser, links, reader, cache, new ResolverMetrics(new SimpleMeterRegistry()),
                known);
    }

    /** Catalogues a document under the lookup key of its symbol, with a title and a PDF in each language given. */
    public PlainResolver with(String symbol, Language original, Language... languages) {
        String key = SymbolParser.standard().parse(symbol).symbol().orElseThrow().key();
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, List<CatalogueFile>> files = new EnumMap<>(Language.class);
        for (Language l : languages) {
            titles.put(l, "Title of " + symbol + " in " + l.code());
            files.put(l, List.of(new CatalogueFile("pdf",
                    "https://documents.un.org/api/symbol/access?s=" + symbol + "&l=" + l.code() + "&t=pdf")));
        }
        Set<Language> available = languages.length == 0 ? EnumSet.noneOf(Language.class)
                : EnumSet.copyOf(List.of(languages));
        catalogue.put(key, new CatalogueView(symbol, "document", original, "General Assembly", "2023-08-01",
                available, titles, files));
        return this;
    }

    /** Records a check of a URL: its status now, checked a minute ago. */
    public PlainResolver checked(String url, LinkState.Status status) {
        java.time.Instant at = java.time.Instant.now().minusSeconds(60);
        health.put(url, new LinkState(status, at, status == LinkState.Status.OK ? at : null,
                status == LinkState.Status.OK ? 1 : 0, status == LinkState.Status.OK ? "pdf" : "html",
                status == LinkState.Status.FAILING ? null : 200));
        return this;
    }

    /** The default ODS PDF template of a symbol in a language. */
    public static String odsPdf(String symbol, Language l) {
        return "https://documents.un.org/api/symbol/access?s=" + symbol + "&l=" + l.code() + "&t=pdf";
    }
}
