package org.unsymbol.harvest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unsymbol.catalogue.ImportService;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.io.RecordSource;
import org.unsymbol.catalogue.io.SourceItem;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Runs OAI-PMH harvests into the catalogue. One harvest per source at a time, across replicas: the runner holds the
 * source's PostgreSQL advisory lock on its own connection for as long as it runs (a crashed process loses it with its
 * session). Each page goes through the importer's set-based path; the importer's batch transactions also write the
 * ledger and counts of their records, and the page's deletions, rejections and next resumption token are committed
 * together afterwards. A page fetched again after a crash skips the records this harvest already took, so none is
 * imported twice and the counts stay exact.
 */
@ApplicationScoped
public class HarvestService {

    private static final Logger LOG = Logger.getLogger(HarvestService.class);
    /** OAI-PMH datestamps: a day or a UTC second (3.3.1). */
    private static final Pattern DATESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");
    static final int REJECTIONS_SHOWN = 100;

    /** What a caller asks for; every member may be null. */
    public record Request(String mode, String from, String until, String set) {
    }

    /** A harvest's state and the first reasons its records were refused. */
    public record Progress(HarvestRun run, List<HarvestStore.Rejection> rejections) {
    }

    private final HarvestConfig config;
    private final Jdbc jdbc;
    private final ImportService imports;
    private final SymbolParser parser;
    private final String userAgent;
    private final HarvestStore store = new HarvestStore();
    private final ExecutorService runners = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "harvest-runner");
        t.setDaemon(true);
        return t;
    });
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    public HarvestService(HarvestConfig config, Jdbc jdbc, ImportService imports, SymbolParser parser,
                          @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version,
                          @ConfigProperty(name = "unsymbol.public-base-url") Optional<String> publicBaseUrl) {
        this.config = config;
        this.jdbc = jdbc;
        this.imports = imports;
        this.parser = parser;
        Optional<String> contact = config.contactUrl().or(() -> publicBaseUrl);
        this.userAgent = "unsymbol/" + version + " (OAI-PMH harvester" + contact.map(u -> "; +" + u).orElse("")
                + ")";
    }

    String userAgent() {
        return userAgent;
    }

    public boolean configured() {
        return config.baseUrl().filter(u -> !u.isBlank()).isPresent();
    }

    public String source() {
        return config.source();
    }

    /** Resumes, at start, the harvests a stopped process left running (their lock died with it). */
    void onStart(@Observes StartupEvent event) {
        if (configured()) {
            runners.submit(this::resumeOrphans);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runners.shutdownNow(); // a page in flight is dropped; its harvest stays running and resumes at the next start
    }

    void resumeOrphans() {
        try {
            Optional<HarvestRun> orphan = QuarkusTransaction.requiringNew().call(() -> HarvestRun.running(source()));
            if (orphan.isPresent() && !active.contains(orphan.get().id)) {
                Connection lock = tryLock();
                if (lock != null) {
                    LOG.infof("harvest %d was left running by a stopped process; resuming it", orphan.get().id);
                    launch(reopen(orphan.get().id, "resume"), lock);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "resuming an interrupted harvest at start failed");
        }
    }

    /** Starts a harvest of the configured source: 202 material, or a problem (not configured, running, bad input). */
    public HarvestRun start(Request request, String trigger) {
        String base = baseUrl();
        String mode = request.mode() == null || request.mode().isBlank() ? "incremental" : request.mode().strip();
        if (!mode.equals("full") && !mode.equals("incremental")) {
            throw invalid("mode", "mode is full or incremental, not '" + request.mode() + "'.");
        }
        String from = datestamp("from", request.from());
        String until = datestamp("until", request.until());
        String set = request.set() == null || request.set().isBlank() ? null : request.set().strip();
        if (set != null && (set.length() > 500 || !set.matches("[A-Za-z0-9\\-_.!~*'():]+"))) {
            throw invalid("set", "set is an OAI-PMH setSpec (letters, digits and -_.!~*'():, up to 500), not '"
                    + abbreviate(set) + "'.");
        }
        return launchLocked(() -> {
            String source = source();
            String effectiveFrom = from != null || mode.equals("full") ? from
                    : QuarkusTransaction.requiringNew().call(() -> HarvestRun.lastCompletedDatestamp(source))
                    .orElse(null);
            return QuarkusTransaction.requiringNew().call(() -> {
                HarvestRun.running(source).ifPresent(orphan -> {
                    orphan.status = HarvestRun.FAILED;
                    orphan.error = "Interrupted: the process running it stopped. Resume it with POST "
                            + "/api/v1/harvests/" + orphan.id + "/resume.";
                    orphan.finishedAt = OffsetDateTime.now();
                });
                HarvestRun h = new HarvestRun();
                h.source = source;
                h.baseUrl = base;
                h.status = HarvestRun.RUNNING;
                h.trigger = trigger;
                h.mode = mode;
                h.fromDatestamp = effectiveFrom;
                h.untilDatestamp = until;
                h.setSpec = set;
                h.startedAt = OffsetDateTime.now();
                h.updatedAt = h.startedAt;
                h.persist();
                return h;
            });
        });
    }

    /** Continues a failed harvest from its last whole page. */
    public HarvestRun resume(long id) {
        baseUrl();
        HarvestRun found = find(id);
        if (!HarvestRun.FAILED.equals(found.status)) {
            if (HarvestRun.RUNNING.equals(found.status)) {
                throw running(found.id);
            }
            throw new ProblemException(ErrorCode.HARVEST_NOT_RESUMABLE, "Harvest " + id + " is " + found.status
                    + "; only a failed harvest can be resumed.").with("harvest", id).with("status", found.status);
        }
        return launchLocked(() -> reopen(id, "resume"));
    }

    /**
     * Takes the source's lock (a 409 problem when another harvest holds it), makes the run under it and launches it;
     * the lock is released when making the run fails.
     */
    private HarvestRun launchLocked(java.util.function.Supplier<HarvestRun> make) {
        Connection lock = lockOrConflict();
        try {
            HarvestRun run = make.get();
            launch(run, lock);
            return run;
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    public HarvestRun find(long id) {
        HarvestRun run = QuarkusTransaction.requiringNew().call(() -> HarvestRun.<HarvestRun>findById(id));
        if (run == null) {
            throw new ProblemException(ErrorCode.HARVEST_NOT_FOUND, "No harvest " + id + ".").with("harvest", id);
        }
        return run;
    }

    public Progress progress(long id) {
        HarvestRun run = find(id);
        return new Progress(run, jdbc.read(c -> store.rejectionsOf(c, id, REJECTIONS_SHOWN)));
    }

    public List<HarvestRun> recent(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> HarvestRun.recent(limit));
    }

    /** The scheduled harvest: resumes an interrupted or failed one, else starts an incremental one. */
    public void scheduled() {
        if (!configured()) {
            LOG.debug("scheduled harvest: no unsymbol.harvest.base-url, nothing to do");
            return;
        }
        try {
            Optional<HarvestRun> latest = QuarkusTransaction.requiringNew().call(() -> HarvestRun
                    .<HarvestRun>find("source = ?1 ORDER BY id DESC", source()).firstResultOptional());
            if (latest.isPresent() && HarvestRun.FAILED.equals(latest.get().status)) {
                resume(latest.get().id);
            } else {
                start(new Request("incremental", null, null, null), "schedule");
            }
        } catch (ProblemException e) {
            LOG.infof("scheduled harvest not started: %s", e.problem().getDetail());
        }
    }

    // ---- running ----------------------------------------------------------------------------------------------

    private HarvestRun reopen(long id, String trigger) {
        return QuarkusTransaction.requiringNew().call(() -> {
            HarvestRun h = HarvestRun.findById(id);
            h.status = HarvestRun.RUNNING;
            h.trigger = trigger;
            h.error = null;
            h.finishedAt = null;
            h.updatedAt = OffsetDateTime.now();
            return h;
        });
    }

    private void launch(HarvestRun run, Connection lock) {
        long id = run.id;
        active.add(id);
        runners.submit(() -> {
            try {
                run(id, lock);
            } finally {
                active.remove(id);
                release(lock);
            }
        });
    }

    private void run(long id, Connection lock) {
        HarvestRun h = find(id);
        OaiClient client = new OaiClient(config, h.baseUrl, userAgent, d -> Thread.sleep(Math.max(0, d.toMillis())),
                parser);
        try {
            while (true) {
                h = find(id);
                if (!HarvestRun.RUNNING.equals(h.status)) {
                    return;
                }
                URI uri = h.resumptionToken != null ? client.next(h.resumptionToken)
                        : h.pages == 0 ? client.first(config.metadataPrefix(), h.fromDatestamp, h.untilDatestamp,
                        h.setSpec) : null;
                if (uri == null) {
                    finish(id, HarvestRun.COMPLETED, null);
                    return;
                }
                int before = client.requests();
                OaiPage page = client.fetch(uri);
                if (page.isError() && !page.noRecordsMatch()) {
                    throw new HarvestFailure("The repository answered the OAI-PMH error " + page.errorCode()
                            + (page.errorMessage() == null || page.errorMessage().isBlank() ? ""
                            : " (" + abbreviate(page.errorMessage()) + ")")
                            + ("badResumptionToken".equals(page.errorCode()) ? ". The repository no longer knows "
                            + "the resumption token; start a new harvest (an incremental one takes up from the "
                            + "last datestamp seen)." : "."));
                }
                take(h, page, client.requests() - before);
                if (page.last() || page.noRecordsMatch()) {
                    finish(id, HarvestRun.COMPLETED, null);
                    return;
                }
            }
        } catch (HarvestFailure f) {
            LOG.warnf("harvest %d failed: %s", id, f.getMessage());
            finish(id, HarvestRun.FAILED, f.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.infof("harvest %d stopped with the service; it resumes at the next start", id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "harvest %d stopped by an internal error", id);
            finish(id, HarvestRun.FAILED, "An internal error stopped the harvest (logged). Resume it with POST "
                    + "/api/v1/harvests/" + id + "/resume.");
        }
    }

    /** Takes one page: the live records through the importer, then the deletions, rejections and the next token. */
    private void take(HarvestRun h, OaiPage page, int requests) {
        long id = h.id;
        String source = h.source;
        Map<String, OaiPage.Entry> last = new LinkedHashMap<>();
        page.records().forEach(e -> last.put(e.identifier(), e)); // the same record twice in a page: the later wins
        List<OaiPage.Entry> entries = List.copyOf(last.values());
        Set<String> taken = new HashSet<>(jdbc.read(c -> store.alreadyTaken(c, source, id, entries)));
        Map<Long, OaiPage.Entry> byPosition = new HashMap<>();
        List<SourceItem> live = new ArrayList<>();
        List<OaiPage.Entry> deletions = new ArrayList<>();
        for (OaiPage.Entry e : entries) {
            if (taken.contains(e.identifier())) {
                continue;
            }
            byPosition.put(e.position(), e);
            if (e.deleted()) {
                deletions.add(e);
            } else {
                live.add(e.item());
            }
        }
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        ImportReport report = live.isEmpty() ? null : imports.importRecords(new ListSource(live), (c, stored) -> {
            HarvestStore.Counts n = new HarvestStore.Counts();
            List<HarvestStore.Ledger> rows = new ArrayList<>();
            List<HarvestStore.Rejection> refused = new ArrayList<>();
            for (RecordImporter.Stored s : stored) {
                OaiPage.Entry e = byPosition.get(s.line());
                handled.add(s.line());
                n.seen++;
                switch (s.outcome()) {
                    case RecordImporter.Stored.CREATED -> n.created++;
                    case RecordImporter.Stored.UPDATED -> n.updated++;
                    case RecordImporter.Stored.UNCHANGED -> n.unchanged++;
                    default -> {
                        n.rejected++;
                        refused.add(new HarvestStore.Rejection(e.identifier(), e.datestamp(), "CONFLICT",
                                s.message()));
                    }
                }
                boolean kept = !s.outcome().equals(RecordImporter.Stored.CONFLICT);
                rows.add(new HarvestStore.Ledger(e.identifier(), e.datestamp(), kept ? s.key() : null,
                        kept ? s.outcome() : "rejected"));
            }
            store.ledger(c, source, id, rows);
            store.rejections(c, id, refused);
            store.count(c, id, n);
        });
        String latest = page.records().stream().map(OaiPage.Entry::datestamp).filter(d -> !d.isEmpty())
                .max(String::compareTo).orElse(null);
        Set<String> deletedKeys = jdbc.inTransaction(c -> {
            HarvestStore.Counts n = new HarvestStore.Counts();
            List<HarvestStore.Ledger> rows = new ArrayList<>();
            List<HarvestStore.Rejection> refused = new ArrayList<>();
            if (report != null) {
                for (ImportReport.Rejection r : report.getRejected()) {
                    OaiPage.Entry e = byPosition.get(r.line());
                    if (e == null || handled.contains(r.line())) {
                        continue;
                    }
                    n.seen++;
                    n.rejected++;
                    refused.add(new HarvestStore.Rejection(e.identifier(), e.datestamp(), r.code(), r.message()));
                    rows.add(new HarvestStore.Ledger(e.identifier(), e.datestamp(), null, "rejected"));
                }
            }
            Set<String> gone = Set.of();
            if (!deletions.isEmpty()) {
                Map<String, String> keys = store.documentKeys(c, source,
                        deletions.stream().map(OaiPage.Entry::identifier).toList());
                gone = imports.softDeleteIn(c, keys.values());
                for (OaiPage.Entry e : deletions) {
                    n.seen++;
                    String key = keys.get(e.identifier());
                    if (key != null && gone.contains(key)) {
                        n.deleted++;
                    }
                    rows.add(new HarvestStore.Ledger(e.identifier(), e.datestamp(), key, "deleted"));
                }
            }
            store.ledger(c, source, id, rows);
            store.rejections(c, id, refused);
            store.count(c, id, n);
            store.advance(c, id, page.last() ? null : page.resumptionToken(), page.completeListSize(), latest,
                    requests);
            return gone;
        });
        imports.announce(deletedKeys);
    }

    private void finish(long id, String status, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                HarvestRun h = HarvestRun.findById(id);
                h.status = status;
                h.error = error;
                h.finishedAt = OffsetDateTime.now();
                h.updatedAt = h.finishedAt;
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "harvest %d could not be marked %s", id, status);
        }
    }

    // ---- the lock ----------------------------------------------------------------------------------------------

    /** A connection holding the source's lock, or null when another session holds it. */
    private Connection tryLock() {
        Connection c = null;
        try {
            c = jdbc.dataSource().getConnection();
            if (store.tryLock(c, source())) {
                return c;
            }
            c.close();
            return null;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new Jdbc.StoreException(e);
        }
    }

    private Connection lockOrConflict() {
        Connection lock = tryLock();
        if (lock == null) {
            Long running = QuarkusTransaction.requiringNew().call(() -> HarvestRun.running(source())
                    .map(h -> h.id).orElse(null));
            throw running(running);
        }
        return lock;
    }

    private ProblemException running(Long id) {
        ProblemException p = new ProblemException(ErrorCode.HARVEST_RUNNING, "A harvest of " + source()
                + " is running" + (id == null ? "" : " (harvest " + id + ")")
                + "; one source is harvested by one harvest at a time.").with("source", source());
        if (id != null) {
            p.with("running", id).with("location", "/api/v1/harvests/" + id);
        }
        return p;
    }

    private void release(Connection lock) {
        try {
            store.unlock(lock, source());
        } catch (SQLException e) {
            LOG.debugf("releasing the harvest lock: %s", e.getMessage()); // closing the session releases it too
        } finally {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.debugf("closing a connection: %s", e.getMessage());
        }
    }

    // ---- input -------------------------------------------------------------------------------------------------

    private String baseUrl() {
        return config.baseUrl().filter(u -> !u.isBlank()).orElseThrow(() -> new ProblemException(
                ErrorCode.HARVEST_NOT_CONFIGURED, "This deployment harvests from no repository: "
                + "unsymbol.harvest.base-url (UNSYMBOL_HARVEST_BASE_URL) is not set."));
    }

    private static String datestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!DATESTAMP.matcher(v).matches()) {
            throw invalid(name, name + " is an OAI-PMH datestamp (2024-06-21 or 2024-06-21T10:00:00Z), not '"
                    + abbreviate(v) + "'.");
        }
        return v;
    }

    private static ProblemException invalid(String parameter, String detail) {
        return new ProblemException(ErrorCode.INVALID_PARAMETER, detail).with("parameter", parameter);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** A page's records as an import source. */
    private static final class ListSource implements RecordSource {
        private final Iterator<SourceItem> items;

        ListSource(List<SourceItem> items) {
            this.items = items.iterator();
        }

        @Override
        public SourceItem next() {
            return items.hasNext() ? items.next() : null;
        }
    }
}
