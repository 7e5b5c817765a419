package org.unsymbol.resolve;

import java.util.Collection;

/**
 * The resolver's cache of catalogue entries by lookup key ({@link CachedEntry}: an entry, or none for a key known not
 * to be catalogued, and what answers need of it). In the service it is {@link CatalogueEntries}, a Caffeine cache; a
 * plain test gives a map.
 */
public interface EntryCache {

    /** The cached answer for a key, or null when the cache does not know it. Never blocks. */
    CachedEntry getIfPresent(String key);

    void put(String key, CachedEntry entry);

    void invalidate(Collection<String> keys);

    void invalidateAll();
}
