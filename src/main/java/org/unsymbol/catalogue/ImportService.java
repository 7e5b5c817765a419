package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unsymbol.catalogue.io.CsvSource;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.MarcXmlSource;
import org.unsymbol.catalogue.io.NdjsonSource;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.io.RecordSource;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Imports a streamed body in one of the catalogue's formats and announces the change once it is committed. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** The import formats, by media type. */
    public enum Format {
        NDJSON, CSV, MARCXML;

        public static Format of(String mediaType) {
            String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
            return switch (type) {
                case "application/x-ndjson", "application/ndjson", "application/jsonl" -> NDJSON;
                case "text/csv" -> CSV;
                case "application/marcxml+xml", "application/marc+xml", "application/xml", "text/xml" -> MARCXML;
                default -> throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Import bodies are "
                        + "application/x-ndjson, text/csv or application/marcxml+xml, not '" + mediaType + "'.");
            };
        }
    }

    private final RecordImporter importer;
    private final DocumentStore store = new DocumentStore();
    private final Event<CatalogueChanged> changed;
    private final SymbolParser parser;

    public ImportService(Jdbc jdbc, Event<CatalogueChanged> changed, SymbolParser parser, RecordValidator validator,
                         @ConfigProperty(name = "unsymbol.import.batch-size", defaultValue = "5000") int batchSize) {
        this.importer = new RecordImporter(jdbc.dataSource(), batchSize, validator);
        this.changed = changed;
        this.parser = parser;
    }

    /**
     * Imports records from a source the caller reads (the harvest's OAI-PMH pages) on the same set-based path as an
     * import body; {@code listener} writes inside each batch's transaction. The change is announced at the end.
     */
    public ImportReport importRecords(RecordSource source, RecordImporter.BatchListener listener) {
        try {
            return importer.run(source, listener);
        } finally {
            changed.fire(CatalogueChanged.everything());
        }
    }

    /**
     * Soft-deletes the live documents of these keys inside the caller's transaction (as DELETE does: the row stays,
     * no lookup finds it, its aliases are freed) and returns the keys that were deleted; call {@link #announce} after
     * the commit.
     */
    public Set<String> softDeleteIn(Connection c, Collection<String> keys) throws SQLException {
        Set<String> deleted = new HashSet<>();
        for (String key : keys) {
            Optional<DocumentStore.Locked> locked = store.lock(c, key);
            if (locked.isPresent() && locked.get().live()) {
                store.softDelete(c, locked.get().id());
                deleted.add(key);
            }
        }
        return deleted;
    }

    /** Tells the caches that documents of these keys changed (after a commit made outside the importer). */
    public void announce(Set<String> keys) {
        if (!keys.isEmpty()) {
            changed.fire(CatalogueChanged.everything());
        }
    }

    public ImportReport importBody(Format format, InputStream body) {
        long started = System.nanoTime();
        ImportReport report;
        RecordSource source = null;
        try {
            source = open(format, body);
            report = importer.run(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(source);
            // batches already committed must reach the caches even when a later one failed
            changed.fire(CatalogueChanged.everything());
        }
        LOG.infof("import %s: %d created, %d updated, %d unchanged, %d rejected in %d ms", format,
                report.getCreated(), report.getUpdated(), report.getUnchanged(), report.getRejectedTotal(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private static void closeQuietly(RecordSource source) {
        try {
            if (source != null) {
                source.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("closing an import body failed: %s", e.getMessage()); // the report is already made
        }
    }

    private RecordSource open(Format format, InputStream body) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonSource(body);
            case CSV -> new CsvSource(body);
            case MARCXML -> new MarcXmlSource(body, parser);
        };
    }
}
