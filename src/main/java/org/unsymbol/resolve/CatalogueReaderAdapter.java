package org.unsymbol.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.unsymbol.catalogue.CatalogueChanged;
import org.unsymbol.catalogue.CatalogueLookup;
import org.unsymbol.catalogue.model.CatalogueEntry;
import org.unsymbol.lang.Language;
import org.unsymbol.links.CatalogueFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The resolver's view of the catalogue: one query per batch, and cache invalidation on every committed change. */
@ApplicationScoped
public class CatalogueReaderAdapter implements CatalogueReader {

    private final CatalogueLookup lookup;

    public CatalogueReaderAdapter(CatalogueLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Map<String, CatalogueView> findByKeys(Collection<String> keys) {
        Map<String, CatalogueView> out = new HashMap<>();
        lookup.findByKeys(keys).forEach((key, entry) -> out.put(key, view(entry)));
        return out;
    }

    static CatalogueView view(CatalogueEntry e) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        e.titles().forEach((code, title) -> Language.of(code).ifPresent(l -> titles.put(l, title)));
        Map<Language, List<CatalogueFile>> files = new EnumMap<>(Language.class);
        e.files().forEach((code, byFormat) -> Language.of(code).ifPresent(l -> {
            List<CatalogueFile> list = new ArrayList<>();
            byFormat.forEach((format, url) -> list.add(new CatalogueFile(format, url)));
            files.put(l, list);
        }));
        java.util.Set<Language> languages = java.util.EnumSet.noneOf(Language.class);
        e.languages().forEach(code -> Language.of(code).ifPresent(languages::add));
        return new CatalogueView(e.symbol(), e.kind(), Language.of(e.originalLanguage()).orElse(null),
                e.bodyName(), e.issueDate(), languages, titles, files);
    }

    void onChange(@Observes CatalogueChanged change, Resolver resolver) {
        if (change.all()) {
            resolver.invalidateAll();
        } else {
            resolver.invalidate(change.keys());
        }
    }
}
