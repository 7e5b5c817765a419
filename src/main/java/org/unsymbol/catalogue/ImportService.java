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
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

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
    private final Event<CatalogueChanged> changed;

    public ImportService(Jdbc jdbc, Event<CatalogueChanged> changed,
                         @ConfigProperty(name = "unsymbol.import.batch-size", defaultValue = "5000") int batchSize) {
        this.importer = new RecordImporter(jdbc.dataSource(), batchSize);
        this.changed = changed;
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

    private static RecordSource open(Format format, InputStream body) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonSource(body);
            case CSV -> new CsvSource(body);
            case MARCXML -> new MarcXmlSource(body);
        };
    }
}
