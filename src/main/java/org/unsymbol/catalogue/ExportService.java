package org.unsymbol.catalogue;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;
import org.unsymbol.catalogue.io.CsvColumns;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.catalogue.wire.CatalogueJson;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.RecordJson;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams the (filtered) catalogue in key order as NDJSON or CSV, in the import format: an export re-imports as
 * "unchanged".
 *
 * <p>A client that reads slowly, or not at all, must not take the database with it. So the documents are read in
 * chunks by keyset ({@code lookup_key > last}, {@code chunkSize} at a time), each chunk on a pooled connection that
 * goes back to the pool <em>before</em> the chunk is written: a blocked write holds one chunk of memory and a worker
 * thread, never a connection. The worker threads are bounded by a cap on concurrent exports ({@link #tryStart}), and
 * a write that the client does not take within {@code writeTimeout} aborts the connection. The price of chunking: an
 * export that runs while the catalogue changes is not one snapshot (each document is exported in the state it had
 * when its chunk was read; one created behind the cursor meanwhile is missed).
 */
@ApplicationScoped
public class ExportService {

    public enum Format { NDJSON, CSV }

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    private final Jdbc jdbc;
    private final DocumentStore store = new DocumentStore();
    private final ExportsConfig config;
    private final Semaphore slots;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "export-write-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final RecordJson wire;

    public ExportService(Jdbc jdbc, ExportsConfig config, RecordJson wire) {
        this.wire = wire;
        this.jdbc = jdbc;
        this.config = config;
        this.slots = new Semaphore(config.maxConcurrent());
    }

    /** A slot for one export, or empty when {@code maxConcurrent} are already streaming. Close it exactly when done. */
    public Optional<Slot> tryStart() {
        return slots.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
    }

    /** Holds one of the export slots; closing it again is harmless. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }

    /**
     * Writes the export to {@code out}. {@code abort} is called (from another thread) when one write stalls longer
     * than the write timeout; it must close the client's connection, which makes the stalled write fail.
     */
    public void export(DocumentFilter query, Format format, OutputStream out, Runnable abort) {
        StallGuard guarded = new StallGuard(out);
        long timeoutNanos = config.writeTimeout().toNanos();
        ScheduledFuture<?> check = watchdog.scheduleWithFixedDelay(() -> {
            if (guarded.stalledFor() > timeoutNanos) {
                LOG.debugf("export: the client took no data for %s; closing its connection", config.writeTimeout());
                guarded.aborted = true;
                abort.run();
            }
        }, 1, 1, TimeUnit.SECONDS);
        try {
            write(query, format, new BufferedWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            // the client went away or stopped reading: there is nobody left to answer, and it is no incident
            LOG.debugf("export ended early: %s", e.getMessage());
        } finally {
            check.cancel(false);
        }
    }

    private void write(DocumentFilter query, Format format, Writer writer) throws IOException {
        CSVPrinter csv = format == Format.CSV ? new CSVPrinter(writer, CsvColumns.FORMAT.builder()
                .setHeader(CsvColumns.ALL.toArray(String[]::new)).get()) : null;
        int chunk = config.chunkSize();
        String after = null;
        while (true) {
            String from = after;
            // the connection is released when read() returns, before a byte of this chunk is written
            List<CatalogueDocument> documents = jdbc.read(c -> store.page(c, query, from, chunk));
            for (CatalogueDocument stored : documents) {
                DocumentJson document = wire.document(stored); // the export is a wire format
                if (csv != null) {
                    csv.printRecord(CsvColumns.row(document));
                } else {
                    writer.write(CatalogueJson.DOCUMENT_WRITER.writeValueAsString(document));
                    writer.write('\n');
                }
            }
            writer.flush(); // may block on a slow client, holding no connection
            if (documents.size() < chunk) {
                return;
            }
            after = documents.get(documents.size() - 1).key();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        watchdog.shutdownNow();
    }

    /** Knows since when the current write to the client has been blocked (0: no write under way). */
    private static final class StallGuard extends FilterOutputStream {
        private volatile long writingSince;
        volatile boolean aborted;

        StallGuard(OutputStream out) {
            super(out);
        }

        long stalledFor() {
            long since = writingSince;
            return since == 0 ? 0 : System.nanoTime() - since;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            enter();
            try {
                out.write(b, off, len);
            } finally {
                writingSince = 0;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            enter();
            try {
                out.flush();
            } finally {
                writingSince = 0;
            }
        }

        private void enter() throws IOException {
            if (aborted) {
                throw new IOException("the client stopped reading the export");
            }
            writingSince = System.nanoTime();
        }
    }
}
