package org.unsymbol.catalogue;

import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.symbol.SymbolParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.NdjsonSource;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.testing.CatalogueDatabase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the catalogue committed is still there after its PostgreSQL stops and starts again on the same folder. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void committedDocumentsSurviveARestart() throws Exception {
        String line = "{\"symbol\": \"A/AC.292/2024/L.1\", \"distribution\": \"LTD\", \"date\": \"2024-06-21\","
                + " \"aliases\": [\"A/AC.292/2024/CRP.1\"], \"versions\": {\"es\": {\"title\": \"Proyecto\"}}}\n";
        try (CatalogueDatabase db = CatalogueDatabase.start(dataDir)) {
            ImportReport report = new RecordImporter(db.dataSource(), 100, new RecordValidator(SymbolParser.standard()))
                    .run(new NdjsonSource(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, report.getCreated());
        }
        try (CatalogueDatabase db = CatalogueDatabase.start(dataDir)) {
            Optional<DocumentJson> read = Jdbc.inTransaction(db.dataSource(),
                    c -> new DocumentStore().findByKey(c, "A/AC.292/2024/CRP.1").map(new RecordJson(SymbolParser.standard())::document));
            assertTrue(read.isPresent(), "found by its alias after the restart");
            assertEquals("A/AC.292/2024/L.1", read.get().symbol());
            assertEquals("LIMITED", read.get().distribution());
            assertEquals("Proyecto", read.get().versions().get("es").title());
            ImportReport again = new RecordImporter(db.dataSource(), 100, new RecordValidator(SymbolParser.standard()))
                    .run(new NdjsonSource(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, again.getUnchanged(), "the content hash survived too");
        }
    }
}
