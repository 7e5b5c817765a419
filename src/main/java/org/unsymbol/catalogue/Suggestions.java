package org.unsymbol.catalogue;

import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.wire.CatalogueSymbols;
import org.unsymbol.symbol.DocumentSymbol;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Close catalogue symbols for a symbol the catalogue lacks, best first: its own family (same base, so a missing
 * {@code /Add.2} suggests the base and {@code /Add.1}), then what the grammar guessed the writer meant, then the
 * neighbours under the same parent path ({@code A/AC.292/2024/INF/...}). Prefix queries of the document store, so no
 * pg_trgm is needed.
 */
final class Suggestions {

    static final int LIMIT = 10;

    private final CatalogueSymbols symbols;

    Suggestions(CatalogueSymbols symbols) {
        this.symbols = symbols;
    }

    List<String> close(DocumentStore store, Connection c, DocumentSymbol symbol, List<String> grammarGuesses)
            throws SQLException {
        Set<String> out = new LinkedHashSet<>(store.symbolsWithBase(c, DocumentSymbol.keyOf(symbol.baseCanonical()),
                LIMIT));
        for (String guess : grammarGuesses) {
            Optional<String> key = symbols.keyOf(guess);
            if (key.isPresent()) {
                out.addAll(store.symbolOfKey(c, key.get()));
            }
        }
        String key = symbol.key();
        for (int level = 0; level < 2 && out.size() < LIMIT; level++) {
            int slash = key.lastIndexOf('/');
            if (slash <= 0) {
                break;
            }
            key = key.substring(0, slash);
            int before = out.size();
            out.addAll(store.symbolsUnder(c, key + "/", LIMIT));
            if (out.size() > before) {
                break; // the nearest level that has neighbours is the useful one
            }
        }
        out.remove(symbol.canonical());
        return out.stream().limit(LIMIT).toList();
    }
}
