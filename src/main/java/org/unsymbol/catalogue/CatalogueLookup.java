package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.CatalogueEntry;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.symbol.DocumentSymbol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What other features need to know about catalogued documents, for many keys in ONE query (the resolver's batches,
 * the draft checker). Keys may be a document's own, a joint single or an alias; each maps to its document.
 */
@ApplicationScoped
public class CatalogueLookup {

    private final Jdbc jdbc;
    private final DocumentStore store = new DocumentStore();

    public CatalogueLookup(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The catalogued documents among {@code keys} (lookup keys; any spelling is normalized to a key with
     * {@link DocumentSymbol#keyOf}), by the key as given. Keys the catalogue does not know are absent.
     */
    public Map<String, CatalogueEntry> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> asked = new HashMap<>();
        for (String k : keys) {
            asked.computeIfAbsent(DocumentSymbol.keyOf(k), x -> new ArrayList<>()).add(k);
        }
        return jdbc.read(c -> {
            Map<String, CatalogueEntry> out = new LinkedHashMap<>();
            store.entries(c, asked.keySet()).forEach((key, entry) -> {
                for (String original : asked.getOrDefault(key, List.of())) {
                    out.put(original, entry);
                }
            });
            return out;
        });
    }

    /**
     * Up to {@code limit} live documents in lookup-key order, strictly after {@code afterKey} (null: from the first):
     * a background job (link health) walks the catalogue with it, one indexed page at a time.
     */
    public List<CatalogueDocument> pageAfter(String afterKey, int limit) {
        DocumentFilter all = new DocumentFilter(null, null, null, null, null, null, null, null, null, null);
        return jdbc.read(c -> store.page(c, all, afterKey, limit));
    }
}
