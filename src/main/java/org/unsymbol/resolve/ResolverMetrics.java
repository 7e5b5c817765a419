package org.unsymbol.resolve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code unsymbol_resolves_total{status,language}}, {@code unsymbol_redirects_total{language}} and the catalogue
 * cache's {@code unsymbol_resolver_cache_hit_ratio}. Counters are created once per tag set and kept, so the hot path
 * pays an increment, not a registry lookup.
 */
// a singleton, not a normal-scoped bean: the resolver's hot path calls it directly, not through a client proxy
@Singleton
public class ResolverMetrics {

    private final MeterRegistry registry;
    private final Map<String, Map<String, Counter>> resolves = new ConcurrentHashMap<>();
    private final Map<String, Counter> redirects = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public ResolverMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("unsymbol.resolver.cache.hit.ratio", this, m -> m.hitRatio())
                .description("Share of catalogue look-ups of the resolver answered from its cache").register(registry);
    }

    public void resolved(String status, String language) {
        Map<String, Counter> byLanguage = resolves.computeIfAbsent(status, k -> new ConcurrentHashMap<>());
        byLanguage.computeIfAbsent(language, k -> Counter.builder("unsymbol.resolves")
                .description("Symbols resolved, by outcome and language")
                .tag("status", status).tag("language", language).register(registry)).increment();
    }

    public void redirected(String language) {
        redirects.computeIfAbsent(language, k -> Counter.builder("unsymbol.redirects")
                .description("Clickable links answered with a redirect").tag("language", language)
                .register(registry)).increment();
    }

    void cache(int hit, int miss) {
        hits.add(hit);
        misses.add(miss);
    }

    double hitRatio() {
        long h = hits.sum();
        long total = h + misses.sum();
        return total == 0 ? 0 : (double) h / total;
    }
}
