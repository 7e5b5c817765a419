package org.unsymbol.citegraph;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.CatalogueService;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.draft.CitationRecorder;
import org.unsymbol.draft.DraftChecker;
import org.unsymbol.draft.DraftLinks;
import org.unsymbol.draft.DraftStatus;
import org.unsymbol.draft.DraftSummary;
import org.unsymbol.draft.LinkTarget;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceStatus;
import org.unsymbol.lang.Language;
import org.unsymbol.resolve.CatalogueView;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbolapi.MalformedSymbol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cites/cited-by graph: records what a catalogued report cites (for the draft check's {@code ?record=}, through
 * {@link CitationRecorder}) and reads it back both ways. Whether a cited document is catalogued is not
 * stored: it is asked of the catalogue (through the resolver's cache, in one query) at every read.
 */
@ApplicationScoped
public class CitationGraphService implements CitationRecorder {

    private final CatalogueService catalogue;
    private final CitationStore store;
    private final Resolver resolver;
    private final DraftLinks links;
    private final SymbolParser parser;

    public CitationGraphService(CatalogueService catalogue, CitationStore store, Resolver resolver, DraftLinks links,
                           SymbolParser parser) {
        this.catalogue = catalogue;
        this.store = store;
        this.resolver = resolver;
        this.links = links;
        this.parser = parser;
    }

    @Override
    public int record(CatalogueDocument citing, List<Reference> references) {
        return store.replace(citing.id(), CitationStore.distinct(references));
    }

    public CitationViews.Citations citations(String symbol, Optional<Language> language) {
        CatalogueDocument doc = catalogue.get(symbol);
        List<CitationStore.Cited> rows = store.citedBy(doc.id());
        Set<String> keys = new HashSet<>();
        rows.stream().filter(r -> r.status() == ReferenceStatus.VALID).forEach(r -> keys.add(r.key()));
        Map<String, Optional<CatalogueView>> entries = keys.isEmpty() ? Map.of() : resolver.entries(keys);
        List<CitationViews.Cited> out = new ArrayList<>(rows.size());
        List<DraftStatus> forSummary = new ArrayList<>(rows.size());
        List<Boolean> missing = new ArrayList<>(rows.size());
        for (CitationStore.Cited r : rows) {
            Optional<CatalogueView> entry = entries.getOrDefault(r.key(), Optional.empty());
            DraftStatus status = DraftStatus.of(r.status(), entry.isPresent());
            String link = r.status() == ReferenceStatus.VALID
                    ? parsed(r.symbol()).map(s -> links.link(s, language, entry, LinkTarget.RESOLVER)).orElse(null)
                    : null;
            out.add(new CitationViews.Cited(r.symbol(), r.kind(), status, r.occurrences(), r.firstStart(), link,
                    entry.map(e -> DraftChecker.title(e, language)).orElse(null),
                    entry.map(e -> e.availableLanguages().stream().sorted().map(Language::code).toList()).orElse(null)));
            forSummary.add(status);
            missing.add(entry.isPresent() && DraftChecker.languageMissing(entry.get(), language));
        }
        String recordedAt = rows.isEmpty() ? null : rows.get(0).recordedAt();
        return new CitationViews.Citations(doc.symbol(), recordedAt, DraftSummary.ofStatuses(forSummary, missing),
                out);
    }

    public CitationViews.CitedBy citedBy(String symbol, Optional<Language> language) {
        ParseResult parse = parser.parse(symbol);
        DocumentSymbol cited = parse.symbol().filter(s -> parse.valid())
                .orElseThrow(() -> MalformedSymbol.problem(parse));
        Optional<CatalogueView> self = resolver.entries(List.of(cited.key())).get(cited.key());
        String canonical = self.map(CatalogueView::symbol).orElse(cited.canonical());
        List<CitationStore.Citing> rows = store.citing(cited.key());
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(DocumentSymbol.keyOf(r.symbol())));
        Map<String, Optional<CatalogueView>> entries = keys.isEmpty() ? Map.of() : resolver.entries(keys);
        List<CitationViews.Citing> out = new ArrayList<>(rows.size());
        for (CitationStore.Citing r : rows) {
            Optional<CatalogueView> entry = entries.getOrDefault(DocumentSymbol.keyOf(r.symbol()), Optional.empty());
            out.add(new CitationViews.Citing(r.symbol(), entry.map(e -> DraftChecker.title(e, language)).orElse(null),
                    parsed(r.symbol()).map(s -> links.link(s, language, entry, LinkTarget.RESOLVER)).orElse(null),
                    r.occurrences(), r.recordedAt()));
        }
        return new CitationViews.CitedBy(canonical, out);
    }

    private Optional<DocumentSymbol> parsed(String symbol) {
        ParseResult p = parser.parse(symbol);
        return p.valid() ? p.symbol() : Optional.empty();
    }
}
