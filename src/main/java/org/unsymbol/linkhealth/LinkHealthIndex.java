package org.unsymbol.linkhealth;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.unsymbol.links.LinkHealth;
import org.unsymbol.links.LinkState;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What link health knows, in memory, by URL: what the resolver reads on its hot path (a map read; never a query).
 * This replica's own checks are put in as they finish; those of other replicas are read from the table every
 * {@code unsymbol.link-health.refresh-every} (the rows checked since the last read; the first read takes them all).
 * Only checked URLs are kept, about 200 bytes each.
 */
// a singleton, not a normal-scoped bean: the resolver's hot path calls it directly, not through a client proxy
@Singleton
public class LinkHealthIndex implements LinkHealth {

    private static final Logger LOG = Logger.getLogger(LinkHealthIndex.class);
    /** Reads overlap by this much, so a check committed while the last read ran is not missed. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final Map<String, LinkState> states = new ConcurrentHashMap<>();
    private final LinkHealthStore store;
    private volatile Instant readUpTo;
    private volatile boolean warned;

    public LinkHealthIndex(LinkHealthStore store) {
        this.store = store;
    }

    @Override
    public LinkState of(String url) {
        return url == null ? null : states.get(url);
    }

    @Override
    public boolean isEmpty() {
        return states.isEmpty();
    }

    /** A check of this replica, known at once. */
    void put(String url, LinkState state) {
        if (state != null) {
            states.merge(url, state, LinkHealthIndex::newer);
        }
    }

    private static LinkState newer(LinkState a, LinkState b) {
        if (a.checkedAt() == null) {
            return b;
        }
        return b.checkedAt() != null && b.checkedAt().isBefore(a.checkedAt()) ? a : b;
    }

    @Scheduled(identity = "link-health-index", every = "${unsymbol.link-health.refresh-every:60s}", delay = 1,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
            warned = false;
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("link health: the index could not be refreshed (%s); it keeps what it knew", e.getMessage());
                warned = true;
            }
        }
    }

    /** Reads the checks made since the last read (all of them the first time). */
    public void refresh() {
        Instant started = Instant.now();
        Instant since = readUpTo == null ? null : readUpTo.minus(OVERLAP);
        for (LinkHealthStore.Known k : store.checkedSince(since)) {
            put(k.url(), k.state());
        }
        readUpTo = started;
    }

    /** How many URLs the index knows. */
    public int size() {
        return states.size();
    }
}
