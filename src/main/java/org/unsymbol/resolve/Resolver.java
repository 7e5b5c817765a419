package org.unsymbol.resolve;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.unsymbol.links.CatalogueFile;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LanguageChoice;
import org.unsymbol.links.LinkBuilder;
import org.unsymbol.links.LinkHealth;
import org.unsymbol.links.LinkStateJson;
import org.unsymbol.links.Links;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbolapi.MalformedSymbol;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves symbols to links in a language. Catalogue entries (and their absence) are cached by lookup key, so a hot
 * link costs a parse and a map lookup; catalogue writes invalidate the cache.
 */
// a singleton, not a normal-scoped bean: the resolver's hot path calls it directly, not through a client proxy
@Singleton
public class Resolver {

    private final SymbolParser parser;
    private final LinkBuilder links;
    private final CatalogueReader catalogue;
    private final EntryCache entries;
    /** Bumped by every invalidation, so that a load that raced a write never caches what it read before it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private final ResolverMetrics metrics;
    /** What link health knows, in memory: consulted for catalogued documents only (the only ones checked). */
    private final LinkHealth health;

    @Inject
    public Resolver(SymbolParser parser, LinksConfig config, CatalogueReader catalogue,
                    CatalogueEntries cache, ResolverMetrics metrics, LinkHealth health) {
        this(parser, new LinkBuilder(config.undocs(), config.odsPdf(), config.odsDoc(), config.digitalLibrary(),
                config.allowedHosts(), parser), catalogue, cache, metrics, health);
    }

    /** The resolver over any catalogue and cache: the service's, or a plain test's lambda and map. */
    public Resolver(SymbolParser parser, LinkBuilder links, CatalogueReader catalogue, EntryCache entries,
                    ResolverMetrics metrics) {
        this(parser, links, catalogue, entries, metrics, LinkHealth.NONE);
    }

    /** The same with what link health knows. */
    public Resolver(SymbolParser parser, LinkBuilder links, CatalogueReader catalogue, EntryCache entries,
                    ResolverMetrics metrics, LinkHealth health) {
        this.health = health;
        this.metrics = metrics;
        this.parser = parser;
        this.links = links;
        this.catalogue = catalogue;
        this.entries = entries;
    }

    /** One symbol; an invalid one is a 422 problem carrying the grammar's findings. */
    public Resolved resolve(String input, Optional<Language> explicit, String acceptLanguage) {
        ParseResult parsed = valid(input, explicit);
        DocumentSymbol symbol = parsed.symbol().get();
        return resolved(input, parsed, symbol, lookupOne(symbol.key()), explicit, acceptLanguage);
    }

    /**
     * The same answer as {@link #resolve} when the cache can give it without the catalogue, else null: the caller may
     * be on the event loop, and takes a miss to a worker thread ({@link #resolve} then). A malformed symbol needs no
     * catalogue: it is the same 422 problem here. Metrics count a hit here and a miss in {@link #resolve}, once each.
     */
    public Resolved resolveIfCached(String input, Optional<Language> explicit, String acceptLanguage) {
        ParseResult parsed = valid(input, explicit);
        DocumentSymbol symbol = parsed.symbol().get();
        CachedEntry hit = hit(symbol);
        return hit == null ? null : resolved(input, parsed, symbol, hit, explicit, acceptLanguage);
    }

    /** What a redirect says: where to ({@code Location}) and the language choice its headers tell. */
    public record Redirect(String location, LanguageChoice choice) {
    }

    /**
     * The redirect {@link #resolveIfCached} would answer ({@code links().document()} and its language choice), or
     * null when the cache does not know the key; only what the 302 needs is made: no title, no language list, no
     * health map, and one link instead of four. A malformed symbol is the same 422 problem; metrics count the same.
     */
    public Redirect redirectIfCached(String input, Optional<Language> explicit, String acceptLanguage) {
        DocumentSymbol symbol = valid(input, explicit).symbol().get();
        CachedEntry hit = hit(symbol);
        if (hit == null) {
            return null;
        }
        CatalogueView view = hit.view();
        LinkHealth known = view != null ? health : LinkHealth.NONE;
        LanguageChoice choice = choice(symbol, view, known, explicit, acceptLanguage);
        String location = known.isEmpty()
                ? links.documentTarget(symbol, choice.language(), hit.ownFile(choice.language()))
                : links.links(symbol, choice.language(), files(view, choice.language()), known).document();
        metrics.resolved(view != null ? "found" : "unknown", choice.language().code());
        return new Redirect(location, choice);
    }

    /** The parse of a valid symbol; a malformed one is counted and thrown as the 422 problem with its findings. */
    private ParseResult valid(String input, Optional<Language> explicit) {
        ParseResult parsed = parser.parse(input);
        if (!parsed.valid() || parsed.symbol().isEmpty()) {
            metrics.resolved("malformed", explicit.map(Language::code).orElse("none"));
            throw MalformedSymbol.problem(parsed);
        }
        return parsed;
    }

    /** The cached entry of a symbol's key, counted as a hit, or null (uncounted: {@link #resolve} counts the miss). */
    private CachedEntry hit(DocumentSymbol symbol) {
        CachedEntry hit = cached(symbol.key());
        if (hit != null) {
            metrics.cache(1, 0);
        }
        return hit;
    }

    /** Many symbols, in order, with a single catalogue round trip for those not cached. */
    public List<Resolution> resolveAll(List<String> inputs, Optional<Language> explicit, String acceptLanguage) {
        List<ParseResult> parsed = inputs.stream().map(parser::parse).toList();
        Set<String> keys = new HashSet<>();
        for (ParseResult p : parsed) {
            if (p.valid()) {
                p.symbol().ifPresent(s -> keys.add(s.key()));
            }
        }
        Map<String, CachedEntry> found = lookupEntries(keys);
        List<Resolution> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ParseResult p = parsed.get(i);
            if (!p.valid() || p.symbol().isEmpty()) {
                metrics.resolved("malformed", explicit.map(Language::code).orElse("none"));
                out.add(Resolution.invalid(inputs.get(i), p));
            } else {
                DocumentSymbol s = p.symbol().get();
                out.add(resolved(inputs.get(i), p, s, found.get(s.key()), explicit, acceptLanguage).resolution());
            }
        }
        return out;
    }

    /** A resolution plus what the redirect and citation writers need beyond the JSON. */
    public record Resolved(Resolution resolution, DocumentSymbol symbol, Optional<CatalogueView> entry,
                           Language language) {
    }

    private Resolved resolved(String input, ParseResult parsed, DocumentSymbol symbol, CachedEntry cached,
                              Optional<Language> explicit, String acceptLanguage) {
        CatalogueView view = cached.view();
        // only catalogued documents are checked; what health knows is a few map reads, never a query
        LinkHealth known = view != null ? health : LinkHealth.NONE;
        LanguageChoice choice = choice(symbol, view, known, explicit, acceptLanguage);
        Language language = choice.language();
        // without health, the links are the templates and the entry's preferred file (chosen when it was loaded)
        Links l = known.isEmpty()
                ? links.linksTo(symbol, language, cached.ownFile(language))
                : links.links(symbol, language, files(view, language), known);
        String title = view != null ? view.titles().get(language) : null;
        metrics.resolved(view != null ? "found" : "unknown", language.code());
        Resolution r = Resolution.valid(input, view != null ? view.symbol() : symbol.canonical(),
                view != null, symbol.kind().wireName(), choice, codes(cached.availableBits()), title, l,
                parsed.findings().isEmpty() ? List.of() : FindingView.all(parsed.warnings()),
                view != null ? linkHealth(l, known) : null);
        return new Resolved(r, symbol, cached.entry(), language);
    }

    private LanguageChoice choice(DocumentSymbol symbol, CatalogueView view, LinkHealth known,
                                  Optional<Language> explicit, String acceptLanguage) {
        Set<Language> available = view != null ? view.availableLanguages() : Set.of();
        Optional<Language> original = Optional.ofNullable(view != null ? view.originalLanguage() : null);
        return known.isEmpty()
                ? LanguageChoice.choose(explicit, acceptLanguage, original, available)
                : LanguageChoice.choose(explicit, acceptLanguage, original, available,
                        l -> links.knownMissing(symbol, l, files(view, l), known));
    }

    private static List<CatalogueFile> files(CatalogueView view, Language language) {
        return view == null ? List.of() : view.files().getOrDefault(language, List.of());
    }

    /** The health of the file links of an answer (the landing pages, undocs and the Digital Library, are not checked). */
    private static Map<String, LinkStateJson> linkHealth(Links l, LinkHealth known) {
        if (known.isEmpty()) { // nothing checked: every link unchecked, the same two maps for every answer
            return l.odsPdf() != null && l.odsDoc() != null ? UNCHECKED_FILES
                    : l.odsPdf() == null && l.odsDoc() == null ? UNCHECKED_DOCUMENT : uncheckedOf(l);
        }
        return linkHealthOf(l, known);
    }

    private static Map<String, LinkStateJson> linkHealthOf(Links l, LinkHealth known) {
        Map<String, LinkStateJson> out = new java.util.LinkedHashMap<>(4);
        out.put("document", LinkStateJson.of(known.of(l.document())));
        if (l.odsPdf() != null) {
            out.put("odsPdf", LinkStateJson.of(known.of(l.odsPdf())));
        }
        if (l.odsDoc() != null) {
            out.put("odsDoc", LinkStateJson.of(known.of(l.odsDoc())));
        }
        return out;
    }

    private static final Map<String, LinkStateJson> UNCHECKED_FILES = java.util.Collections.unmodifiableMap(
            uncheckedOf(new Links("", null, "", "", "")));
    private static final Map<String, LinkStateJson> UNCHECKED_DOCUMENT = java.util.Collections.unmodifiableMap(
            uncheckedOf(new Links("", null, null, null, "")));

    private static Map<String, LinkStateJson> uncheckedOf(Links l) {
        return linkHealthOf(l, LinkHealth.NONE);
    }

    /** The codes of the catalogued languages in official order, by bit set: made once for each of the 128 sets. */
    private static final List<List<String>> CODES;

    static {
        Language[] all = Language.values();
        List<List<String>> codes = new ArrayList<>(1 << all.length);
        for (int bits = 0; bits < 1 << all.length; bits++) {
            List<String> c = new ArrayList<>();
            for (Language l : all) {
                if ((bits & 1 << l.ordinal()) != 0) {
                    c.add(l.code());
                }
            }
            codes.add(List.copyOf(c));
        }
        CODES = List.copyOf(codes);
    }

    private static List<String> codes(int availableBits) {
        return CODES.get(availableBits);
    }

    /** The hot path of a single resolve: a cache hit costs one map lookup. */
    private CachedEntry lookupOne(String key) {
        CachedEntry hit = cached(key);
        if (hit != null) {
            metrics.cache(1, 0);
            return hit;
        }
        metrics.cache(0, 1);
        Map<String, CachedEntry> result = new HashMap<>(2);
        load(List.of(key), result);
        return result.get(key);
    }

    /** The cached entry of a key (an empty Optional for a known absence), or null when the cache does not know it. */
    private CachedEntry cached(String key) {
        return entries.getIfPresent(key);
    }

    /**
     * The catalogue entries of these lookup keys (an empty Optional for a key that is not catalogued), with one
     * catalogue query for all the keys not already cached: a whole draft's symbols cost at most one round trip.
     */
    public Map<String, Optional<CatalogueView>> entries(Collection<String> keys) {
        return lookup(keys);
    }

    /** The links of a parsed symbol in a language, preferring the catalogue entry's own files when it has some. */
    public Links links(DocumentSymbol symbol, Language language, Optional<CatalogueView> entry) {
        return links.links(symbol, language, files(entry.orElse(null), language),
                entry.isPresent() ? health : LinkHealth.NONE);
    }

    private Map<String, Optional<CatalogueView>> lookup(Collection<String> keys) {
        Map<String, CachedEntry> cached = lookupEntries(keys);
        Map<String, Optional<CatalogueView>> result = new HashMap<>(cached.size() * 2);
        cached.forEach((key, entry) -> result.put(key, entry.entry()));
        return result;
    }

    /** Cached entries for these keys; misses are read in one query and cached, absence included. */
    private Map<String, CachedEntry> lookupEntries(Collection<String> keys) {
        Map<String, CachedEntry> cached = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            CachedEntry hit = cached(key);
            if (hit != null) {
                cached.put(key, hit);
            } else {
                missing.add(key);
            }
        }
        metrics.cache(cached.size(), missing.size());
        load(missing, cached);
        return cached;
    }

    /** Reads the missing keys in one query and caches them, absences included, unless a write raced the read. */
    private void load(List<String> missing, Map<String, CachedEntry> result) {
        if (!missing.isEmpty()) {
            long before = generation.get();
            Map<String, CatalogueView> loaded = catalogue.findByKeys(missing);
            boolean current = generation.get() == before;
            for (String key : missing) {
                CachedEntry v = new CachedEntry(Optional.ofNullable(loaded.get(key)), links);
                if (current) {
                    entries.put(key, v);
                }
                result.put(key, v);
            }
        }
    }

    public void invalidate(Collection<String> keys) {
        generation.incrementAndGet();
        entries.invalidate(keys);
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
