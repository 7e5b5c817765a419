package org.unsymbol.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.unsymbol.catalogue.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads catalogue entries for the resolver in one query. */
@ApplicationScoped
public class CatalogueReaderAdapter implements CatalogueReader {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, CatalogueView> findByKeys(Collection<String> keys) {
        Map<String, CatalogueView> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<Document> docs = Document.list("lookupKey in ?1", keys);
        for (Document d : docs) {
            out.put(d.lookupKey, new CatalogueView(d.symbol, null, null, null, null, Map.of(), Map.of()));
        }
        return out;
    }
}
