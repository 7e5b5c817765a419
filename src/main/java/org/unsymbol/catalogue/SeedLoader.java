package org.unsymbol.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads {@code seed/catalogue.ndjson} through the ordinary importer when the catalogue is empty at start
 * ({@code unsymbol.seed.enabled}: on in dev and test, off otherwise, so that no production catalogue starts with demo
 * data): the report A/AC.292/2024/L.1 and every document it cites, with only what the report itself says about them.
 */
@ApplicationScoped
public class SeedLoader {

    static final String SEED = "/seed/catalogue.ndjson";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    void onStart(@Observes StartupEvent event, Jdbc jdbc, ImportService imports,
                 @ConfigProperty(name = "unsymbol.seed.enabled", defaultValue = "false") boolean enabled) {
        if (!enabled || !isEmpty(jdbc)) {
            return;
        }
        try (InputStream seed = SeedLoader.class.getResourceAsStream(SEED)) {
            if (seed == null) {
                LOG.warnf("no seed catalogue at %s", SEED);
                return;
            }
            ImportReport report = imports.importBody(ImportService.Format.NDJSON, seed);
            LOG.infof("seed catalogue loaded: %d documents, %d rejected", report.stored(), report.getRejectedTotal());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Jdbc jdbc) {
        return jdbc.read(c -> new DocumentStore().isEmpty(c));
    }
}
