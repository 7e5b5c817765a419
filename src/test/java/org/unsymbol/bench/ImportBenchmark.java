package org.unsymbol.bench;

import org.unsymbol.symbol.SymbolParser;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.unsymbol.catalogue.wire.CatalogueJson;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.NdjsonSource;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.io.SourceItem;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.store.CatalogueWriter;
import org.unsymbol.catalogue.store.CopyText;
import org.unsymbol.testing.CatalogueDatabase;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Import throughput against PostgreSQL's own COPY, in the same run, on the same embedded server (durable settings:
 * fsync and synchronous commit on), into the same tables with the same indexes.
 *
 * <ol>
 *   <li>generates N synthetic records ({@link SyntheticCatalogue}) into an NDJSON file;</li>
 *   <li>IMPORT: the service's importer ({@link RecordImporter}: stream, parse, validate with the grammar, hash,
 *       batched set-based upserts) reads that file into an empty catalogue;</li>
 *   <li>RE-IMPORT: the same file again (every record unchanged);</li>
 *   <li>COPY: the same rows, prepared beforehand as COPY text files (not timed), COPY'd into the emptied tables;</li>
 *   <li>RAW: the NDJSON lines themselves COPY'd verbatim into a one-column table with no index, key or constraint:
 *       what this server takes for these bytes at all, a ceiling for any importer of them;</li>
 *   <li>EXPLAIN ANALYZE of a lookup by symbol key at that size.</li>
 * </ol>
 * Usage: {@code scripts/bench-import.sh [count] [batch-size]} (defaults 100000 and 5000).
 */
public final class ImportBenchmark {

    private static final String TABLES = "document_relation, document_symbol, language_version, document";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path work = Files.createTempDirectory("unsymbol-bench");
        try (CatalogueDatabase db = CatalogueDatabase.start(work.resolve("pg"));
             OneConnection pooled = new OneConnection(db.dataSource())) {
            DataSource ds = pooled.dataSource(); // as the service's pool: no connection set-up per batch
            CpuClock cpu = new CpuClock(work.resolve("pg"));
            Path ndjson = work.resolve("catalogue.ndjson");
            long t0 = System.nanoTime();
            generate(ndjson, count);
            System.out.printf(Locale.ROOT, "generated %,d records (%,d MB NDJSON) in %.1f s%n", count,
                    Files.size(ndjson) >> 20, secs(t0));
            Path copyDir = work.resolve("copy");
            prepareCopyFiles(ndjson, copyDir);

            warmUp(ds, batch);
            double importRate = 0;
            double copyRate = 0;
            double rawRate = 0;
            for (int round = 1; round <= 2; round++) {
                truncate(ds);
                importRate = Math.max(importRate, timed(cpu, round, "IMPORT", count, () -> {
                    ImportReport report = importFile(ds, batch, ndjson);
                    check(report.getCreated() == count && report.getRejectedTotal() == 0, report);
                }));
                if (round == 2) {
                    timed(cpu, round, "REIMPORT", count, () -> {
                        ImportReport report = importFile(ds, batch, ndjson);
                        check(report.getUnchanged() == count, report);
                    });
                    explain(ds);
                }
                truncate(ds);
                copyRate = Math.max(copyRate, timed(cpu, round, "COPY", count, () -> copy(ds, copyDir)));
                rawRate = Math.max(rawRate, timed(cpu, round, "RAW", count, () -> copyRaw(ds, ndjson)));
            }
            System.out.printf(Locale.ROOT, "%nbest IMPORT %,.0f docs/s, best COPY %,.0f docs/s, ratio %.2f x COPY "
                    + "(batch %d, %d cores); best RAW copy of the NDJSON lines %,.0f docs/s%n", importRate, copyRate,
                    importRate / copyRate, batch, Runtime.getRuntime().availableProcessors(), rawRate);
        } finally {
            deleteRecursively(work);
        }
    }

    /** A step of a round, timed. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step}, prints its rate and CPU use, returns documents per second. */
    private static double timed(CpuClock cpu, int round, String label, int count, Step step) throws Exception {
        double[] before = cpu.now();
        long t = System.nanoTime();
        step.run();
        double s = secs(t);
        System.out.printf(Locale.ROOT, "round %d %-8s %,d docs in %.2f s = %,.0f docs/s  %s%n", round, label, count, s,
                count / s, cpuUse(before, cpu.now(), count));
        return count / s;
    }

    private static ImportReport importFile(DataSource ds, int batch, Path ndjson) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(ndjson), 1 << 16)) {
            return new RecordImporter(ds, batch, new RecordValidator(SymbolParser.standard())).run(new NdjsonSource(in));
        }
    }

    private static void generate(Path file, int count) throws IOException {
        SyntheticCatalogue catalogue = new SyntheticCatalogue(20240621L);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(CatalogueJson.DOCUMENT_WRITER.writeValueAsString(catalogue.next()));
                w.write('\n');
            }
        }
    }

    /** The rows the writer would store, as COPY text files with explicit document ids. */
    private static void prepareCopyFiles(Path ndjson, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(ndjson);
             Writer doc = Files.newBufferedWriter(dir.resolve("document"), StandardCharsets.UTF_8);
             Writer ver = Files.newBufferedWriter(dir.resolve("language_version"), StandardCharsets.UTF_8);
             Writer sym = Files.newBufferedWriter(dir.resolve("document_symbol"), StandardCharsets.UTF_8);
             Writer rel = Files.newBufferedWriter(dir.resolve("document_relation"), StandardCharsets.UTF_8)) {
            NdjsonSource source = new NdjsonSource(in);
            RecordValidator validator = new RecordValidator(SymbolParser.standard());
            long id = 0;
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                CatalogueRecord r = validator.validate(item.document(), null);
                long docId = ++id;
                CatalogueWriter.Rows rows = CatalogueWriter.rows(r);
                line(doc, docId, rows.document());
                for (String[] v : rows.versions()) {
                    line(ver, docId, v);
                }
                for (String[] s : rows.symbols()) {
                    line(sym, docId, s);
                }
                for (String[] x : rows.relations()) {
                    line(rel, docId, x);
                }
            }
        }
    }

    private static void copy(DataSource ds, Path dir) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copyFile(copy, CatalogueWriter.DOCUMENT.copyTarget(), dir.resolve("document"));
            copyFile(copy, CatalogueWriter.VERSIONS.copyTarget(), dir.resolve("language_version"));
            copyFile(copy, CatalogueWriter.SYMBOLS.copyTarget(), dir.resolve("document_symbol"));
            copyFile(copy, CatalogueWriter.RELATIONS.copyTarget(), dir.resolve("document_relation"));
            c.commit();
        }
    }

    /**
     * The NDJSON file as it is, one line per row, into a fresh unindexed text column (CSV with quote and delimiter
     * bytes that JSON never holds, so each line arrives verbatim). Dropped afterwards.
     */
    private static void copyRaw(DataSource ds, Path ndjson) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_raw_line");
                s.execute("CREATE TABLE bench_raw_line (line text)");
            }
            c.commit();
            copyFile(c.unwrap(PGConnection.class).getCopyAPI(), "bench_raw_line", ndjson,
                    " WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')");
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_raw_line");
            }
            c.commit();
        }
    }

    private static void copyFile(CopyManager copy, String target, Path file) throws Exception {
        copyFile(copy, target, file, "");
    }

    private static void copyFile(CopyManager copy, String target, Path file, String options) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            copy.copyIn("COPY " + target + " FROM STDIN" + options, in);
        }
    }

    private static void warmUp(DataSource ds, int batch) throws Exception {
        Path tmp = Files.createTempFile("warm", ".ndjson");
        generate(tmp, 20_000);
        try (InputStream in = Files.newInputStream(tmp)) {
            new RecordImporter(ds, batch, new RecordValidator(SymbolParser.standard())).run(new NdjsonSource(in));
        }
        Files.delete(tmp);
    }

    private static void truncate(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + TABLES + " RESTART IDENTITY CASCADE"); // recorded citations go with them
            s.execute("CHECKPOINT");
        }
    }

    private static void explain(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            String key;
            try (ResultSet rs = s.executeQuery("SELECT key FROM document_symbol ORDER BY document_id DESC LIMIT 1 "
                    + "OFFSET 777")) {
                rs.next();
                key = rs.getString(1).replace("'", "''");
            }
            for (String sql : List.of(
                    "SELECT d.id, d.symbol FROM document d WHERE d.id = (SELECT s.document_id FROM document_symbol s "
                            + "WHERE s.key = '" + key + "') AND d.deleted_at IS NULL",
                    "SELECT id FROM document WHERE lookup_key = '" + key + "'")) {
                System.out.println("\nEXPLAIN ANALYZE " + sql);
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
            System.out.println();
        }
    }

    private static void line(Writer w, long id, String[] values) throws IOException {
        StringBuilder sb = new StringBuilder();
        CopyText.row(sb, id, values);
        w.write(sb.toString());
    }

    private static void check(boolean ok, ImportReport report) {
        if (!ok) {
            throw new IllegalStateException("unexpected import result: created " + report.getCreated() + ", updated "
                    + report.getUpdated() + ", unchanged " + report.getUnchanged() + ", rejected "
                    + report.getRejectedTotal() + " " + report.getRejected().stream().limit(3).toList());
        }
    }

    /** CPU microseconds per document in the JVM and in PostgreSQL, and the rate two idle cores would allow. */
    private static String cpuUse(double[] before, double[] after, int count) {
        double jvm = after[0] - before[0];
        double pg = after[1] - before[1];
        return String.format(Locale.ROOT, "[cpu: jvm %.0f us/doc, postgres %.0f us/doc; %,.0f docs per cpu-second]",
                jvm / count * 1e6, pg / count * 1e6, count / (jvm + pg));
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
