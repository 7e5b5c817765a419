package org.unsymbol.testing;

import org.unsymbol.resolve.CachedEntry;
import org.unsymbol.resolve.EntryCache;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The resolver's cache as a plain map, for tests that run the resolver without Quarkus. */
public final class MapEntryCache implements EntryCache {

    private final Map<String, CachedEntry> map = new ConcurrentHashMap<>();

    @Override
    public CachedEntry getIfPresent(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, CachedEntry entry) {
        map.put(key, entry);
    }

    @Override
    public void invalidate(Collection<String> keys) {
        keys.forEach(map::remove);
    }

    @Override
    public void invalidateAll() {
        map.clear();
    }

    public int size() {
        return map.size();
    }
}
