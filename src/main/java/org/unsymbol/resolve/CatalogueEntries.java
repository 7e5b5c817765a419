package org.unsymbol.resolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The service's {@link EntryCache}: a plain Caffeine cache of {@link CachedEntry} by lookup key. It was the Quarkus
 * cache {@code catalogue-entries}, which keeps a {@code CompletableFuture} per entry and makes another one on every
 * read; a hit on the event loop needs neither, and at a million entries each is a pointer more to chase and an object
 * more to keep. It reads the same configuration keys, {@code quarkus.cache.caffeine."catalogue-entries".*}
 * ({@code maximum-size}, {@code initial-capacity}, {@code expire-after-write}, {@code expire-after-access},
 * {@code metrics-enabled}), and publishes the same meters ({@code cache_gets_total{cache="catalogue-entries"}} and
 * the rest of Micrometer's Caffeine binder, as the Quarkus cache did).
 */
// a singleton, not a normal-scoped bean: the resolver's hot path calls it directly, not through a client proxy
@Singleton
public class CatalogueEntries implements EntryCache {

    public static final String NAME = "catalogue-entries";

    private final Cache<String, CachedEntry> cache;

    public CatalogueEntries(
            @ConfigProperty(name = "quarkus.cache.caffeine.\"catalogue-entries\".maximum-size")
            Optional<Long> maximumSize,
            @ConfigProperty(name = "quarkus.cache.caffeine.\"catalogue-entries\".initial-capacity")
            Optional<Integer> initialCapacity,
            @ConfigProperty(name = "quarkus.cache.caffeine.\"catalogue-entries\".expire-after-write")
            Optional<Duration> expireAfterWrite,
            @ConfigProperty(name = "quarkus.cache.caffeine.\"catalogue-entries\".expire-after-access")
            Optional<Duration> expireAfterAccess,
            @ConfigProperty(name = "quarkus.cache.caffeine.\"catalogue-entries\".metrics-enabled",
                    defaultValue = "false") boolean metricsEnabled,
            MeterRegistry registry) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder();
        maximumSize.ifPresent(builder::maximumSize);
        initialCapacity.ifPresent(builder::initialCapacity);
        expireAfterWrite.ifPresent(builder::expireAfterWrite);
        expireAfterAccess.ifPresent(builder::expireAfterAccess);
        if (metricsEnabled) {
            builder.recordStats();
        }
        Cache<String, CachedEntry> built = builder.build();
        this.cache = metricsEnabled ? CaffeineCacheMetrics.monitor(registry, built, NAME) : built;
    }

    /** The configured bound on the number of entries, if any. */
    OptionalLong maximumSize() {
        return cache.policy().eviction().map(e -> OptionalLong.of(e.getMaximum())).orElse(OptionalLong.empty());
    }

    /** How long an entry lives after it was written, if that is bounded. */
    Optional<Duration> expireAfterWrite() {
        return cache.policy().expireAfterWrite().map(e -> e.getExpiresAfter());
    }

    @Override
    public CachedEntry getIfPresent(String key) {
        return cache.getIfPresent(key);
    }

    @Override
    public void put(String key, CachedEntry entry) {
        cache.put(key, entry);
    }

    @Override
    public void invalidate(Collection<String> keys) {
        cache.invalidateAll(keys);
    }

    @Override
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
