package org.unsymbol.bench;

import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.catalogue.CatalogueQuery;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.catalogue.io.NdjsonSource;
import org.unsymbol.catalogue.io.RecordImporter;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.testing.CatalogueDatabase;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Title search at harvested size: a catalogue of generated six-language titles (real UN title forms, recombined:
 * {@code SearchTitles}) loaded through the service's importer, then a set of queries as people type them, each run
 * through the store's own ranked query (first page, 50 items) and, in the same run, through the V2 search (the
 * {@code simple} configuration, key order) on the same rows as a baseline. Prints p50/p95/max per query and overall,
 * and EXPLAIN (ANALYZE, BUFFERS) of one query. Usage: {@code scripts/bench-search.sh [documents=60000] [rounds=20]}.
 */
public final class SearchBenchmark {

    /** Queries as typed, the last word often unfinished; the new search's words. */
    static final String[] QUERIES = {
            "human rights", "report of the secretary-general on children", "nuclear disarm", "climate change",
            "letter dated permanent representative myanmar", "financing peacekeeping haiti", "violence against wom",
            "progress sustainable development goals", "summary record meeting", "provisional agenda session",
            "droits de l'homme", "desarmement nucleaire", "changements climatiques", "rapport du secrétaire général",
            "réfugiés de Palestine", "derechos humanos", "informe del secretario general", "periodo de sesiones",
            "desarme nuclear", "cambio climático", "доклад генерального секретаря", "права человека",
            "изменение климата", "حقوق الإنسان", "تقرير الأمين العام", "تغير المناخ", "可持续发展", "人权",
            "秘书长 报告", "气候变化", "核裁军", "concluding observations periodic report colombia",
            "programme budget biennium", "rule of law", "migration internationale", "pueblos indígenas"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String existing = System.getenv("BENCH_JDBC_URL");
        if (existing != null) {
            // a catalogue loaded before (and its baseline column): only the queries
            try (Connection c = java.sql.DriverManager.getConnection(existing, System.getenv("BENCH_USER"), "")) {
                run(c, rounds);
            }
            return;
        }
        Path work = Files.createTempDirectory("unsymbol-search-bench");
        try {
            load(work, count, rounds);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void load(Path work, int count, int rounds) throws Exception {
        try (CatalogueDatabase db = CatalogueDatabase.start(work.resolve("pg"))) {
            DataSource ds = db.dataSource();
            Path ndjson = work.resolve("titles.ndjson");
            long titles = generate(ndjson, count);
            long t0 = System.nanoTime();
            ImportReport report;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(ndjson), 1 << 16)) {
                report = new RecordImporter(ds, 5000, new RecordValidator(SymbolParser.standard())).run(new NdjsonSource(in));
            }
            System.out.printf(Locale.ROOT, "imported %,d documents, %,d titles in %.1f s (rejected %d)%n",
                    report.getCreated(), titles, (System.nanoTime() - t0) / 1e9, report.getRejectedTotal());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                t0 = System.nanoTime();
                // the V2 column and index, for the baseline only
                s.execute("ALTER TABLE language_version ADD COLUMN title_simple TSVECTOR GENERATED ALWAYS AS "
                        + "(to_tsvector('simple', coalesce(title, ''))) STORED");
                s.execute("CREATE INDEX ON language_version USING GIN (title_simple)");
                s.execute("VACUUM ANALYZE");
                System.out.printf(Locale.ROOT, "baseline column + VACUUM ANALYZE in %.1f s%n",
                        (System.nanoTime() - t0) / 1e9);
                try (ResultSet rs = s.executeQuery("SELECT count(*), pg_size_pretty(pg_relation_size("
                        + "'language_version_title_tsv_idx')), pg_size_pretty(pg_table_size('language_version')) "
                        + "FROM language_version")) {
                    rs.next();
                    System.out.printf("language_version: %,d rows, table %s, title_tsv GIN index %s%n",
                            rs.getLong(1), rs.getString(3), rs.getString(2));
                }
            }
            try (Connection c = ds.getConnection()) {
                run(c, rounds);
            }
        }
    }

    private static void run(Connection c, int rounds) throws Exception {
        DocumentStore store = new DocumentStore();
        int n = QUERIES.length;
        double[][] ranked = new double[n][rounds];
        double[][] baseline = new double[n][rounds];
        double[][] cpu = new double[n][rounds];
        double[][] baseCpu = new double[n][rounds];
        long pid;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getLong(1);
        }
        int[] hits = new int[n];
        int[] baseHits = new int[n];
        String baselineSql = "SELECT " + DocumentStore.DOCUMENT_COLUMNS + " FROM document d WHERE d.deleted_at IS NULL AND EXISTS "
                + "(SELECT 1 FROM language_version lv WHERE lv.document_id = d.id AND lv.title_simple @@ "
                + "websearch_to_tsquery('simple', ?)) ORDER BY d.lookup_key LIMIT 51";
        for (int warm = 0; warm < 2; warm++) {
            for (String q : QUERIES) {
                store.rankedPage(c, filter(q), null, null, 51);
                baseline(c, baselineSql, q);
            }
        }
        // alternate new and old per query and round, so that both see the same machine load
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                long c0 = cpuNanos(pid);
                long t = System.nanoTime();
                hits[i] = store.rankedPage(c, filter(QUERIES[i]), null, null, 51).size();
                ranked[i][r] = (System.nanoTime() - t) / 1e6;
                long c1 = cpuNanos(pid);
                cpu[i][r] = (c1 - c0) / 1e6;
                t = System.nanoTime();
                baseHits[i] = baseline(c, baselineSql, QUERIES[i]);
                baseline[i][r] = (System.nanoTime() - t) / 1e6;
                baseCpu[i][r] = (cpuNanos(pid) - c1) / 1e6;
            }
        }
        System.out.printf("%-50s %7s %8s %8s %8s %8s | %8s %8s %8s %6s%n", "query (first page, 50 items)", "matches",
                "p50 ms", "p95 ms", "max ms", "cpu p95", "V2 p50", "V2 p95", "V2 cpu95", "V2 hits");
        for (int i = 0; i < n; i++) {
            double[] t = sorted(ranked[i]);
            double[] b = sorted(baseline[i]);
            System.out.printf(Locale.ROOT, "%-50s %7d %8.1f %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f %6d%n", QUERIES[i],
                    matches(c, QUERIES[i]), pct(t, 50), pct(t, 95), t[t.length - 1], pct(sorted(cpu[i]), 95),
                    pct(b, 50), pct(b, 95), pct(sorted(baseCpu[i]), 95), baseHits[i]);
        }
        double[] a = flat(ranked);
        double[] ab = flat(baseline);
        double[] ac = flat(cpu);
        double[] abc = flat(baseCpu);
        System.out.printf(Locale.ROOT, "ALL %d queries x %d rounds, wall: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f"
                        + " ms | V2 baseline p50 %.1f ms, p95 %.1f ms (ratio p95 %.2fx)%n", n, rounds, pct(a, 50),
                pct(a, 95), pct(a, 99), a[a.length - 1], pct(ab, 50), pct(ab, 95), pct(a, 95) / pct(ab, 95));
        System.out.printf(Locale.ROOT, "ALL, PostgreSQL backend CPU per query (schedstat): p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms | V2 baseline p50 %.1f ms, p95 %.1f ms (ratio p95 %.2fx)%n", pct(ac, 50),
                pct(ac, 95), ac[ac.length - 1], pct(abc, 50), pct(abc, 95), pct(ac, 95) / pct(abc, 95));
        explain(c, "climate change");
        explain(c, "human rights");
    }

    private static DocumentFilter filter(String q) {
        return new CatalogueQuery(SymbolParser.standard()).filter(null, null, null, null, null, null, null, null, q);
    }

    private static int baseline(Connection c, String sql, String q) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q);
            int k = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    k++;
                }
            }
            return k;
        }
    }

    /** How many documents the new query matches (what ranking has to look at). */
    private static long matches(Connection c, String q) throws Exception {
        return new DocumentStore().rankedPage(c, filter(q), null, null, 10_000_000).size();
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the store's ranked query for q, first page. */
    private static void explain(Connection c, String q) throws Exception {
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the ranked first page, q=" + q + ":");
        new DocumentStore().explainRanked(c, filter(q), 51).forEach(System.out::println);
    }

    /** Nanoseconds the backend {@code pid} has run on a CPU (/proc/pid/schedstat, first field); 0 if unreadable. */
    private static long cpuNanos(long pid) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/schedstat")).trim().split("\\s+")[0]);
        } catch (Exception e) {
            return 0;
        }
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    private static double[] flat(double[][] v) {
        return Arrays.stream(v).flatMapToDouble(Arrays::stream).sorted().toArray();
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** NDJSON of {@code count} documents; returns the number of titles. */
    private static long generate(Path file, int count) throws Exception {
        SearchTitles gen = new SearchTitles(new Random(20261201L));
        long titles = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                SearchTitles.Doc d = gen.next(i);
                titles += d.titles().size();
                w.write(d.json());
                w.write('\n');
            }
        }
        return titles;
    }
}
