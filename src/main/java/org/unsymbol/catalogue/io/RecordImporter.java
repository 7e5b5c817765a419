package org.unsymbol.catalogue.io;

import org.unsymbol.catalogue.wire.RecordProblems;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.store.CatalogueWriter;
import org.unsymbol.catalogue.store.CatalogueWriter.Result;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.problem.DatabaseFailures;
import org.unsymbol.platform.problem.ProblemException;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams records from a source into the catalogue in batches, one transaction per batch. A record that fails to
 * parse, validate or store is reported with its line and skipped; it never sinks the others. If the database refuses a
 * whole batch (say a concurrent writer took a key between check and insert), the batch is retried record by record
 * so that only the guilty record is rejected. Reading and validating the next batch overlaps with storing the
 * previous one (one writer thread, at most one batch in flight, so memory stays bounded). Plain Java on a
 * {@link DataSource}: the service and the benchmark run exactly this code.
 */
public final class RecordImporter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RecordImporter.class);

    private final DataSource dataSource;
    private final int batchSize;
    private final CatalogueWriter writer = new CatalogueWriter();
    private final RecordValidator validator;

    public RecordImporter(DataSource dataSource, int batchSize, RecordValidator validator) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.validator = validator;
    }

    private record Pending(long line, CatalogueRecord record) {
    }

    /** What became of one stored record: its source line, its document key and the outcome. */
    public record Stored(long line, String key, String outcome, String message) {
        public static final String CREATED = "created";
        public static final String UPDATED = "updated";
        public static final String UNCHANGED = "unchanged";
        /** The database kept another document under one of its symbols (the report lists it as rejected too). */
        public static final String CONFLICT = "conflict";
    }

    /**
     * Told about every batch inside its transaction, after the records are written and before the commit: what the
     * listener writes commits or rolls back with the records (the harvest keeps its ledger and counts so).
     */
    @FunctionalInterface
    public interface BatchListener {
        BatchListener NONE = (c, stored) -> { };

        void committing(java.sql.Connection c, List<Stored> stored) throws java.sql.SQLException;
    }

    public ImportReport run(RecordSource source) {
        return run(source, BatchListener.NONE);
    }

    public ImportReport run(RecordSource source, BatchListener listener) {
        Run run = new Run(listener);
        try {
            run.read(source);
            run.awaitInFlight();
        } finally {
            run.storing.shutdownNow();
        }
        return run.report;
    }

    /** The state of one import: its report, its writer thread and the batch being stored. */
    private final class Run {
        final ImportReport report = new ImportReport();
        final BatchListener listener;
        final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "catalogue-import-writer");
            t.setDaemon(true);
            return t;
        });
        Future<?> inFlight;

        Run(BatchListener listener) {
            this.listener = listener;
        }

        void read(RecordSource source) {
            Map<String, Pending> batch = new LinkedHashMap<>();
            long lastLine = 0;
            try {
                for (SourceItem item = source.next(); item != null; item = source.next()) {
                    lastLine = item.line();
                    if (item.error() != null) {
                        report.reject(item.line(), item.error());
                        continue;
                    }
                    CatalogueRecord record;
                    try {
                        RecordValidator.Checked checked = validator.check(item.document(), null);
                        if (checked.violation() != null) {
                            report.reject(item.line(), RecordProblems.of(checked.violation()));
                            continue;
                        }
                        record = checked.record();
                    } catch (RuntimeException e) {
                        // a defect in validation must cost its line, not the lines after it
                        LOG.errorf(e, "import line %d could not be validated", item.line());
                        report.reject(item.line(), "INTERNAL_ERROR", "The record could not be checked; it was "
                                + "skipped and the error logged.");
                        continue;
                    }
                    if (batch.containsKey(record.key())) {
                        submit(batch); // the same document twice: the later line wins, in a later batch
                    }
                    batch.put(record.key(), new Pending(item.line(), record));
                    if (batch.size() >= batchSize) {
                        submit(batch);
                    }
                }
            } catch (ProblemException e) {
                report.reject(lastLine + 1, e.problem().getCode(), e.problem().getDetail()
                        + " The rest of the body was not imported.");
                report.incomplete();
            } catch (IOException e) {
                LOG.debugf(e, "import body unreadable after line %d", lastLine);
                report.reject(lastLine + 1, "BAD_REQUEST", "The body could not be read to its end (the connection "
                        + "broke or the stream is damaged). The rest of the body was not imported.");
                report.incomplete();
            }
            submit(batch);
        }

        /** Hands the batch to the writer thread once the previous one is stored (its failure surfaces here). */
        void submit(Map<String, Pending> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> pending = new ArrayList<>(batch.values());
            batch.clear();
            awaitInFlight();
            inFlight = storing.submit(() -> store(pending, report, listener));
        }

        void awaitInFlight() {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }
    }

    private void store(List<Pending> pending, ImportReport report, BatchListener listener) {
        List<CatalogueRecord> records = pending.stream().map(Pending::record).toList();
        try {
            List<Result> results = Jdbc.inTransaction(dataSource, c -> {
                List<Result> written = writer.write(c, records);
                listener.committing(c, stored(pending, written));
                return written;
            });
            for (int i = 0; i < results.size(); i++) {
                count(pending.get(i).line(), results.get(i), report);
            }
        } catch (Jdbc.StoreException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e; // nothing to isolate: the whole import stops with 503
            }
            for (Pending p : pending) {
                storeAlone(p, report, listener);
            }
        }
    }

    private static List<Stored> stored(List<Pending> pending, List<Result> results) {
        List<Stored> stored = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            String outcome = switch (r.outcome()) {
                case CREATED -> Stored.CREATED;
                case UPDATED -> Stored.UPDATED;
                case UNCHANGED -> Stored.UNCHANGED;
                case CONFLICT -> Stored.CONFLICT;
            };
            stored.add(new Stored(pending.get(i).line(), pending.get(i).record().key(), outcome,
                    r.message() == null ? null : r.message() + "."));
        }
        return stored;
    }

    private void storeAlone(Pending p, ImportReport report, BatchListener listener) {
        try {
            Result result = Jdbc.inTransaction(dataSource, c -> {
                List<Result> written = writer.write(c, List.of(p.record()));
                listener.committing(c, stored(List.of(p), written));
                return written.get(0);
            });
            count(p.line(), result, report);
        } catch (Jdbc.StoreException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            LOG.warnf("import line %d refused by the database: SQLSTATE %s", p.line(), e.sqlState());
            report.reject(p.line(), e.isUniqueViolation() ? "CONFLICT" : "VALIDATION_FAILED",
                    e.isUniqueViolation() ? "Another record claimed one of this record's symbols at the same time."
                            : "The database refused the record.");
        }
    }

    private static void count(long line, Result result, ImportReport report) {
        switch (result.outcome()) {
            case CREATED -> report.created();
            case UPDATED -> report.updated();
            case UNCHANGED -> report.unchanged();
            case CONFLICT -> report.reject(line, "CONFLICT", result.message() + ".");
        }
    }
}
