package org.unsymbol.resolve;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * The resolver's cache of catalogue entries by lookup key ({@link CachedEntry}: an entry, or an empty Optional for a
 * key known not to be catalogued, and the links answers made from it). In the service it is the Quarkus cache
 * {@code catalogue-entries} ({@link #of(Cache)}); a plain test gives a map.
 */
public interface EntryCache {

    /** The cached answer for a key, or null when the cache does not know it. Never blocks. */
    CachedEntry getIfPresent(String key);

    void put(String key, CachedEntry entry);

    void invalidate(Collection<String> keys);

    void invalidateAll();

    /** The Quarkus (Caffeine) cache as an entry cache: a value is there only once its load completed normally. */
    static EntryCache of(Cache cache) {
        CaffeineCache entries = cache.as(CaffeineCache.class);
        return new EntryCache() {
            @Override
            public CachedEntry getIfPresent(String key) {
                CompletableFuture<Object> cached = entries.getIfPresent(key);
                return cached != null && cached.isDone() && !cached.isCompletedExceptionally()
                        ? (CachedEntry) cached.join() : null;
            }

            @Override
            public void put(String key, CachedEntry entry) {
                entries.put(key, CompletableFuture.completedFuture(entry));
            }

            @Override
            public void invalidate(Collection<String> keys) {
                keys.forEach(k -> cache.invalidate(k).await().indefinitely());
            }

            @Override
            public void invalidateAll() {
                cache.invalidateAll().await().indefinitely();
            }
        };
    }
}
