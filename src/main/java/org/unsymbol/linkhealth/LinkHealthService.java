package org.unsymbol.linkhealth;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unsymbol.catalogue.CatalogueLookup;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.FileRef;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LinkBuilder;
import org.unsymbol.links.LinkState;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.SymbolParser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link-health check: walks the catalogue for URLs not yet known (its files, and the resolver's ODS templates of
 * each catalogued document in the six official languages), claims the due ones a batch at a time, checks them host by
 * host (each host at most once per {@code per-host-interval}, a few hosts at once) and records each result on its row
 * and in the in-memory index the resolver reads. One run at a time per replica; replicas share the work through the
 * claim. Scheduled only when {@code unsymbol.link-health.enabled}; {@code POST /api/v1/links/health/checks} starts a
 * run on demand.
 */
@ApplicationScoped
public class LinkHealthService {

    private static final Logger LOG = Logger.getLogger(LinkHealthService.class);
    private static final List<Language> OFFICIAL = List.of(Language.AR, Language.ZH, Language.EN, Language.FR,
            Language.RU, Language.ES);

    /** What the last finished run did. */
    public record Run(Instant startedAt, Instant finishedAt, int discovered, int checked,
                      Map<String, Integer> byStatus) {
    }

    private final LinkHealthConfig config;
    private final CatalogueLookup catalogue;
    private final SymbolParser parser;
    private final LinkBuilder templates;
    private final LinkHealthStore store;
    private final LinkHealthIndex index;
    private final LinkProbe probe;
    private final boolean wordTemplates;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService onDemand = Executors.newSingleThreadExecutor(daemon("link-health-run"));
    private final ExecutorService hosts;
    /** When each host may be asked again (System.nanoTime), across runs. */
    private final Map<String, Long> hostFreeAt = new ConcurrentHashMap<>();
    /** Where the catalogue walk goes on (the last key looked at), in memory: a restart walks again from the start. */
    private volatile String walkedUpTo;
    private volatile Run lastRun;

    public LinkHealthService(LinkHealthConfig config, CatalogueLookup catalogue, SymbolParser parser,
                             LinkHealthStore store, LinkHealthIndex index,
                             @ConfigProperty(name = "unsymbol.links.ods-pdf", defaultValue = LinkBuilder.ODS_PDF)
                             String odsPdf,
                             @ConfigProperty(name = "unsymbol.links.ods-doc", defaultValue = LinkBuilder.ODS_DOC)
                             String odsDoc) {
        this.config = config;
        this.catalogue = catalogue;
        this.parser = parser;
        this.store = store;
        this.index = index;
        this.wordTemplates = config.wordTemplates();
        // the same ODS templates as the resolver (unsymbol.links.*): a template target is exactly a resolver link
        this.templates = new LinkBuilder(LinkBuilder.UNDOCS, odsPdf, odsDoc, LinkBuilder.DIGITAL_LIBRARY,
                Set.of(), parser);
        this.probe = new LinkProbe(config.allowedHosts(), config.timeout(), config.maxRedirects(),
                config.userAgent(), config.notFoundMarkers(), config.notFoundRedirects());
        this.hosts = Executors.newFixedThreadPool(Math.max(1, config.concurrentHosts()), daemon("link-health-host"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @PreDestroy
    void stop() {
        onDemand.shutdownNow();
        hosts.shutdownNow();
    }

    @Scheduled(identity = "link-health-check", every = "${unsymbol.link-health.every:1h}", delay = 30,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warnf("link health: the scheduled check failed: %s", e.getMessage());
            }
        }
    }

    /** Starts a run in the background unless one is running; true when this call started it. */
    public boolean trigger() {
        if (running.get()) {
            return false;
        }
        onDemand.submit(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warnf("link health: the check failed: %s", e.getMessage());
            }
        });
        return true;
    }

    public boolean running() {
        return running.get();
    }

    public Optional<Run> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** One run, on the calling thread: discover, claim, check, record. Null when another run holds this replica. */
    public Run runOnce() {
        if (!running.compareAndSet(false, true)) {
            return null;
        }
        Instant started = Instant.now();
        try {
            int discovered = discover(config.discoverPerRun());
            // a claim is held long enough for the whole batch at the per-host pace, at least an hour
            Duration hold = config.perHostInterval().plus(config.timeout()).multipliedBy(config.batchSize())
                    .plusMinutes(5);
            hold = hold.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : hold;
            List<LinkHealthStore.Due> due = store.claim(config.batchSize(), hold);
            Map<String, List<LinkHealthStore.Due>> byHost = new LinkedHashMap<>();
            for (LinkHealthStore.Due d : due) {
                byHost.computeIfAbsent(d.host(), h -> new ArrayList<>()).add(d);
            }
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            List<Future<?>> work = new ArrayList<>();
            for (Map.Entry<String, List<LinkHealthStore.Due>> e : byHost.entrySet()) {
                work.add(hosts.submit(() -> checkHost(e.getKey(), e.getValue(), counts)));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (java.util.concurrent.ExecutionException ee) {
                    LOG.warnf("link health: a host's checks failed: %s", ee.getCause().toString());
                }
            }
            Run run = new Run(started, Instant.now(), discovered, due.size(), new java.util.TreeMap<>(counts));
            lastRun = run;
            LOG.infof("link health: %d new URLs, %d checked %s in %d ms", discovered, due.size(), run.byStatus(),
                    Duration.between(started, run.finishedAt()).toMillis());
            return run;
        } finally {
            running.set(false);
        }
    }

    private void checkHost(String host, List<LinkHealthStore.Due> urls, Map<String, Integer> counts) {
        for (LinkHealthStore.Due d : urls) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            // every request of a check is paced, a redirect's within the host too
            LinkProbe.Outcome o = probe.probe(d.url(), this::pace);
            LinkState s = store.record(d.id(), o, Instant.now(), config.recheckOk(), config.recheckBad());
            index.put(d.url(), s);
            counts.merge(o.status().wire(), 1, Integer::sum);
        }
    }

    /** Waits until the host may be asked again, then books its next slot (one task per host at a time). */
    private void pace(String host) {
        Long free = hostFreeAt.get(host);
        long wait = free == null ? 0 : free - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        hostFreeAt.put(host, System.nanoTime() + config.perHostInterval().toNanos());
    }

    /** Records the URLs of up to {@code documents} catalogued documents after the walk's position; how many were new. */
    int discover(int documents) {
        int added = 0;
        int seen = 0;
        int page = Math.min(500, Math.max(1, documents));
        while (seen < documents) {
            List<CatalogueDocument> docs = catalogue.pageAfter(walkedUpTo, Math.min(page, documents - seen));
            if (docs.isEmpty()) {
                walkedUpTo = null; // the end: the next run starts again from the first
                break;
            }
            List<LinkHealthStore.Target> targets = new ArrayList<>();
            for (CatalogueDocument doc : docs) {
                targets(doc, targets);
            }
            added += store.addNew(targets);
            seen += docs.size();
            walkedUpTo = docs.get(docs.size() - 1).key();
            if (docs.size() < page) {
                walkedUpTo = null;
                break;
            }
        }
        return added;
    }

    /** The URLs of one document: its files, and its ODS templates in the six official languages. */
    void targets(CatalogueDocument doc, List<LinkHealthStore.Target> out) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Map.Entry<Language, LanguageVersion> v : doc.versions().entrySet()) {
            for (FileRef f : v.getValue().files()) {
                String host = LinkProbe.hostOf(f.url());
                if (host != null && f.url().length() <= 2000 && seen.putIfAbsent(f.url(), true) == null) {
                    out.add(new LinkHealthStore.Target(f.url(), host, "catalogue", doc.key(), v.getKey().code()));
                }
            }
        }
        Optional<DocumentSymbol> symbol = parser.parse(doc.symbol()).symbol();
        if (symbol.isEmpty()) {
            return;
        }
        for (Language l : OFFICIAL) {
            List<String> urls = templates.fileTemplates(symbol.get(), l);
            for (int i = 0; i < urls.size() && (i == 0 || wordTemplates); i++) {
                String url = urls.get(i);
                String host = LinkProbe.hostOf(url);
                if (host != null && url.length() <= 2000 && seen.putIfAbsent(url, true) == null) {
                    out.add(new LinkHealthStore.Target(url, host, "template", doc.key(), l.code()));
                }
            }
        }
    }
}
