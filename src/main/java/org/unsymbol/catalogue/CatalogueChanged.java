package org.unsymbol.catalogue;

import java.util.Set;

/**
 * Fired (synchronously, after the commit) whenever the catalogue changed, so that caches of catalogue facts (the
 * resolver's) can drop what is stale. {@code all} means "anything may have changed" (an import); otherwise
 * {@code keys} are the lookup keys whose answer may differ now: a document's own, its joint singles and its aliases,
 * before and after the change.
 */
public record CatalogueChanged(Set<String> keys, boolean all) {

    public static CatalogueChanged of(Set<String> keys) {
        return new CatalogueChanged(Set.copyOf(keys), false);
    }

    public static CatalogueChanged everything() {
        return new CatalogueChanged(Set.of(), true);
    }

    public boolean affects(String key) {
        return all || keys.contains(key);
    }
}
