package org.unsymbol.catalogue;

import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.symbol.SymbolParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.NdjsonSource;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.testing.CatalogueDatabase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The importer across several batches: the COPY path, the upsert path, duplicates split over batches. */
class RecordImporterTest {

    @TempDir
    static Path dir;
    static CatalogueDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = CatalogueDatabase.start(dir.resolve("pg"));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static ImportReport run(String body, int batch) {
        return new RecordImporter(db.dataSource(), batch, new RecordValidator(SymbolParser.standard()))
                .run(new NdjsonSource(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String line(int n, String title) {
        return "{\"symbol\": \"A/78/" + n + "\", \"aliases\": [\"A/78/" + n + "/Rev.9\"], "
                + "\"subjects\": [\"S \\\"quoted\\\" \\\\ back\\tslash\"], "
                + "\"versions\": {\"en\": {\"title\": \"" + title + "\"}, \"fr\": {\"title\": \"Titre\\n" + n + "\"}}}";
    }

    @Test
    void batchesOfNewAndChangedDocumentsEndInTheSameState() throws Exception {
        StringBuilder first = new StringBuilder();
        for (int n = 1; n <= 130; n++) {
            first.append(line(n, "title " + n)).append('\n');
        }
        first.append("{broken\n");
        first.append(line(5, "five again")).append('\n'); // the same document later in the body
        ImportReport report = run(first.toString(), 60); // batches of 60 new documents go in with COPY
        assertEquals(130, report.getCreated());
        assertEquals(1, report.getUpdated());
        assertEquals(1, report.getRejectedTotal());
        assertEquals(131, report.getRejected().get(0).line());

        StringBuilder second = new StringBuilder();
        for (int n = 1; n <= 140; n++) {
            second.append(line(n, n % 10 == 0 ? "changed " + n : n == 5 ? "five again" : "title " + n)).append('\n');
        }
        ImportReport again = run(second.toString(), 60);
        assertEquals(10, again.getCreated()); // 131..140, fewer than the COPY threshold: the upsert path
        assertEquals(13, again.getUpdated()); // 10, 20, ... 130
        assertEquals(117, again.getUnchanged());

        Jdbc.inTransaction(db.dataSource(), c -> {
            var doc = new RecordJson(SymbolParser.standard()).document(new DocumentStore().findByKey(c, "A/78/77/REV.9").orElseThrow());
            assertEquals("A/78/77", doc.symbol());
            assertEquals("S \"quoted\" \\ back\tslash", doc.subjects().get(0));
            assertEquals("Titre\n77", doc.versions().get("fr").title());
            assertEquals("five again", new RecordJson(SymbolParser.standard()).document(new DocumentStore().findByKey(c, "A/78/5").orElseThrow())
                    .versions().get("en").title());
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*), count(DISTINCT document_id) FROM document_symbol")) {
                rs.next();
                assertEquals(280, rs.getInt(1)); // own key and alias of each of 140 documents
                assertEquals(140, rs.getInt(2));
            }
            return null;
        });
    }
}
