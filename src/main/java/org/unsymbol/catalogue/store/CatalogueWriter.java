package org.unsymbol.catalogue.store;

import org.unsymbol.catalogue.CatalogueJson;
import org.unsymbol.catalogue.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.DocumentJson.FileJson;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.catalogue.model.Relation;
import org.unsymbol.catalogue.model.SymbolRole;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores batches of records with a handful of set-based statements, never one round trip per document, in the
 * caller's transaction: documents new to the catalogue are streamed in with {@code COPY} (ids drawn from the identity
 * sequence first), changed ones go through one {@code INSERT ... SELECT FROM unnest(...) ON CONFLICT} per table.
 * Records whose content hash matches the stored one are left alone, so a re-import writes nothing.
 */
public final class CatalogueWriter {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, CONFLICT }

    /** What happened to the record at one index of the batch; {@code message} explains a conflict. */
    public record Result(Outcome outcome, String message) {
    }

    private static final String UPSERT_DOCUMENTS = """
            INSERT INTO document AS d (symbol, lookup_key, base_key, root, series, session, year, nature, number,
                                       modifiers, kind, distribution, issue_date, issue_date_sort, original_language,
                                       body_name, session_label, agenda_items, subjects, content_hash)
            SELECT s.symbol, s.key, s.base_key, s.root, s.series, s.session, s.year::int, s.nature, s.number,
                   s.modifiers, s.kind, s.distribution, s.issue_date, s.issue_date_sort::date, s.original_language,
                   s.body_name, s.session_label, s.agenda_items::jsonb,
                   ARRAY(SELECT jsonb_array_elements_text(s.subjects::jsonb)), s.content_hash
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[])
                 AS s(symbol, key, base_key, root, series, session, year, nature, number, modifiers, kind,
                      distribution, issue_date, issue_date_sort, original_language, body_name, session_label,
                      agenda_items, subjects, content_hash)
            ON CONFLICT (lookup_key) DO UPDATE SET
                symbol = EXCLUDED.symbol, base_key = EXCLUDED.base_key, root = EXCLUDED.root,
                series = EXCLUDED.series, session = EXCLUDED.session, year = EXCLUDED.year,
                nature = EXCLUDED.nature, number = EXCLUDED.number, modifiers = EXCLUDED.modifiers,
                kind = EXCLUDED.kind, distribution = EXCLUDED.distribution, issue_date = EXCLUDED.issue_date,
                issue_date_sort = EXCLUDED.issue_date_sort, original_language = EXCLUDED.original_language,
                body_name = EXCLUDED.body_name, session_label = EXCLUDED.session_label,
                agenda_items = EXCLUDED.agenda_items, subjects = EXCLUDED.subjects,
                content_hash = EXCLUDED.content_hash, updated_at = now(), version = d.version + 1, deleted_at = NULL
            WHERE d.content_hash IS DISTINCT FROM EXCLUDED.content_hash OR d.deleted_at IS NOT NULL
            RETURNING d.id, d.lookup_key, (d.xmax = 0) AS inserted
            """;

    private static final String INSERT_VERSIONS = """
            INSERT INTO language_version (document_id, lang, title, job_number, job_number_printed, released, files)
            SELECT s.id, s.lang, s.title, s.job, s.printed, s.released::date, s.files::jsonb
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS s(id, lang, title, job, printed, released, files)
            """;

    private static final String INSERT_SYMBOLS = """
            INSERT INTO document_symbol (document_id, key, symbol, role)
            SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])
            """;

    private static final String INSERT_RELATIONS = """
            INSERT INTO document_relation (document_id, relation, target_key, target_symbol)
            SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])
            """;

    /**
     * Writes {@code records} (distinct primary keys) and says, index by index, what happened. A record that claims a
     * key another document owns (as its symbol or alias) is not written and comes back as {@link Outcome#CONFLICT}.
     */
    public List<Result> write(Connection c, List<CatalogueRecord> records) throws SQLException {
        Result[] results = new Result[records.size()];
        Map<String, Stored> stored = storedState(c, records);
        List<CatalogueRecord> changed = new ArrayList<>();
        Map<String, Integer> claimedInBatch = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            CatalogueRecord r = records.get(i);
            String conflict = conflict(r, i, stored, claimedInBatch);
            if (conflict != null) {
                results[i] = new Result(Outcome.CONFLICT, conflict);
                continue;
            }
            Stored mine = stored.get(r.key());
            if (mine != null && !mine.deleted && r.contentHash().equals(mine.hash)) {
                results[i] = new Result(Outcome.UNCHANGED, null);
            } else {
                changed.add(r);
            }
        }
        List<CatalogueRecord> fresh = changed.stream().filter(r -> !stored.containsKey(r.key())).toList();
        Map<String, Outcome> written;
        if (fresh.size() >= COPY_THRESHOLD) {
            written = copyFresh(c, fresh);
            written.putAll(store(c, changed.stream().filter(r -> stored.containsKey(r.key())).toList()));
        } else {
            written = store(c, changed);
        }
        for (int i = 0; i < records.size(); i++) {
            if (results[i] == null) {
                results[i] = new Result(written.getOrDefault(records.get(i).key(), Outcome.UNCHANGED), null);
            }
        }
        return List.of(results);
    }

    /** For every key the batch mentions: the document that holds it now. */
    private record Stored(String ownerKey, String ownerSymbol, String hash, boolean deleted) {
    }

    private static Map<String, Stored> storedState(Connection c, List<CatalogueRecord> records) throws SQLException {
        List<String> keys = new ArrayList<>();
        for (CatalogueRecord r : records) {
            keys.addAll(claimedKeys(r).keySet());
        }
        Map<String, Stored> out = new HashMap<>();
        // by document_symbol, and by document.lookup_key for a row written without its symbol rows (plain JPA)
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.key, d.lookup_key, d.symbol, d.content_hash, d.deleted_at IS NOT NULL
                FROM document_symbol s JOIN document d ON d.id = s.document_id
                WHERE s.key = ANY (?)
                UNION ALL
                SELECT d.lookup_key, d.lookup_key, d.symbol, d.content_hash, d.deleted_at IS NOT NULL
                FROM document d WHERE d.lookup_key = ANY (?)""")) {
            Array keyArray = c.createArrayOf("text", keys.toArray());
            ps.setArray(1, keyArray);
            ps.setArray(2, keyArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5)));
                }
            }
        }
        return out;
    }

    /** A lookup key a record claims: the canonical symbol it is the key of, and why the record holds it. */
    public record Claim(String symbol, SymbolRole role) {
    }

    /** Every key a record will hold, with its claim: its own, the singles of a joint symbol, its aliases. */
    public static Map<String, Claim> claimedKeys(CatalogueRecord r) {
        Map<String, Claim> keys = new LinkedHashMap<>();
        keys.put(r.key(), new Claim(r.symbol().canonical(), SymbolRole.PRIMARY));
        if (r.symbol().isJoint()) {
            for (DocumentSymbol single : r.symbol().singles()) {
                keys.putIfAbsent(single.key(), new Claim(single.canonical(), SymbolRole.JOINT));
            }
        }
        for (DocumentSymbol alias : r.aliases()) {
            keys.putIfAbsent(alias.key(), new Claim(alias.canonical(), SymbolRole.ALIAS));
        }
        return keys;
    }

    private static String conflict(CatalogueRecord r, int index, Map<String, Stored> stored,
                                   Map<String, Integer> claimedInBatch) {
        Map<String, Claim> keys = claimedKeys(r);
        for (Map.Entry<String, Claim> k : keys.entrySet()) {
            Stored owner = stored.get(k.getKey());
            if (owner != null && !owner.ownerKey.equals(r.key())) {
                return "'" + k.getValue().symbol() + "' already names " + owner.ownerSymbol
                        + (owner.deleted ? " (deleted)" : "") + " in the catalogue";
            }
            Integer earlier = claimedInBatch.get(k.getKey());
            if (earlier != null && earlier != index) {
                return "'" + k.getValue().symbol() + "' is claimed by an earlier document of the same batch";
            }
        }
        keys.keySet().forEach(k -> claimedInBatch.put(k, index));
        return null;
    }

    /** Below this many new documents in a batch, COPY's set-up costs more than it saves. */
    static final int COPY_THRESHOLD = 50;

    /** Inserts documents that no key of the catalogue names yet with COPY, the fastest way into PostgreSQL. */
    private static Map<String, Outcome> copyFresh(Connection c, List<CatalogueRecord> fresh) throws SQLException {
        long[] ids = new long[fresh.size()];
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('document', 'id')) FROM generate_series(1, ?)")) {
            ps.setInt(1, fresh.size());
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        StringBuilder documents = new StringBuilder(fresh.size() * 400);
        StringBuilder versions = new StringBuilder(fresh.size() * 1200);
        StringBuilder symbols = new StringBuilder(fresh.size() * 60);
        StringBuilder relations = new StringBuilder();
        Map<String, Outcome> out = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            CatalogueRecord r = fresh.get(i);
            String[] row = documentRow(r);
            row[DOCUMENT_COLUMNS.indexOf("subjects")] = CopyText.array(r.subjects());
            long id = ids[i];
            CopyText.row(documents, id, row);
            versionRows(r).forEach(v -> CopyText.row(versions, id, v));
            symbolRows(r).forEach(v -> CopyText.row(symbols, id, v));
            relationRows(r).forEach(v -> CopyText.row(relations, id, v));
            out.put(r.key(), Outcome.CREATED);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copyIn(copy, "document (id, " + String.join(", ", DOCUMENT_COLUMNS) + ")", documents);
        copyIn(copy, VERSION_COPY_TARGET, versions);
        copyIn(copy, SYMBOL_COPY_TARGET, symbols);
        copyIn(copy, RELATION_COPY_TARGET, relations);
        return out;
    }

    public static final String VERSION_COPY_TARGET =
            "language_version (document_id, lang, title, job_number, job_number_printed, released, files)";
    public static final String SYMBOL_COPY_TARGET = "document_symbol (document_id, key, symbol, role)";
    public static final String RELATION_COPY_TARGET =
            "document_relation (document_id, relation, target_key, target_symbol)";

    private static void copyIn(CopyManager copy, String target, StringBuilder rows) throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        try {
            copy.copyIn("COPY " + target + " FROM STDIN", new java.io.StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private Map<String, Outcome> store(Connection c, List<CatalogueRecord> changed) throws SQLException {
        Map<String, Outcome> outcomes = new HashMap<>();
        if (changed.isEmpty()) {
            return outcomes;
        }
        Map<String, Long> ids = new HashMap<>();
        List<Long> replaced = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(UPSERT_DOCUMENTS)) {
            Columns cols = new Columns(DOCUMENT_COLUMNS.size(), changed.size());
            for (CatalogueRecord r : changed) {
                cols.row(documentRow(r));
            }
            cols.bind(c, ps, "text", 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String key = rs.getString(2);
                    boolean inserted = rs.getBoolean(3);
                    ids.put(key, id);
                    outcomes.put(key, inserted ? Outcome.CREATED : Outcome.UPDATED);
                    if (!inserted) {
                        replaced.add(id);
                    }
                }
            }
        }
        if (!replaced.isEmpty()) {
            Array idArray = c.createArrayOf("int8", replaced.toArray());
            for (String table : List.of("language_version", "document_symbol", "document_relation")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ANY (?)")) {
                    ps.setArray(1, idArray);
                    ps.executeUpdate();
                }
            }
        }
        insertChildren(c, changed, ids);
        return outcomes;
    }

    private static void insertChildren(Connection c, List<CatalogueRecord> changed, Map<String, Long> ids)
            throws SQLException {
        List<Long> vIds = new ArrayList<>();
        Columns versions = new Columns(6, changed.size() * 2);
        List<Long> sIds = new ArrayList<>();
        Columns symbols = new Columns(3, changed.size());
        List<Long> rIds = new ArrayList<>();
        Columns relations = new Columns(3, 0);
        for (CatalogueRecord r : changed) {
            Long id = ids.get(r.key());
            if (id == null) {
                continue; // unchanged after all: a concurrent writer stored the same content first
            }
            for (String[] row : versionRows(r)) {
                vIds.add(id);
                versions.row(row);
            }
            for (String[] row : symbolRows(r)) {
                sIds.add(id);
                symbols.row(row);
            }
            for (String[] row : relationRows(r)) {
                rIds.add(id);
                relations.row(row);
            }
        }
        insert(c, INSERT_VERSIONS, vIds, versions);
        insert(c, INSERT_SYMBOLS, sIds, symbols);
        insert(c, INSERT_RELATIONS, rIds, relations);
    }

    private static void insert(Connection c, String sql, List<Long> ids, Columns cols) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("int8", ids.toArray()));
            cols.bind(c, ps, "text", 1);
            ps.executeUpdate();
        }
    }

    /** The columns of {@link #documentRow}, as named in the {@code document} table. */
    public static final List<String> DOCUMENT_COLUMNS = List.of("symbol", "lookup_key", "base_key", "root", "series",
            "session", "year", "nature", "number", "modifiers", "kind", "distribution", "issue_date",
            "issue_date_sort", "original_language", "body_name", "session_label", "agenda_items", "subjects",
            "content_hash");

    /**
     * A record's {@code document} row as text values ({@code subjects} as a JSON array). Public so that the import
     * benchmark's COPY baseline loads exactly the rows the writer stores.
     */
    public static String[] documentRow(CatalogueRecord r) {
        DocumentSymbol s = r.symbol();
        return new String[]{s.canonical(), r.key(), DocumentSymbol.keyOf(s.baseCanonical()), s.root(), s.series(),
                s.session().orElse(null), s.year().isPresent() ? Integer.toString(s.year().getAsInt()) : null,
                s.nature().orElse(null), s.number().orElse(null), modifiers(s), r.kind(),
                r.distribution() == null ? null : r.distribution().name(),
                r.date() == null ? null : r.date().text(),
                r.date() == null ? null : r.date().first().toString(),
                r.originalLanguage() == null ? null : r.originalLanguage().code(),
                r.body(), r.session(), agendaJson(r), CatalogueJson.write(r.subjects()), r.contentHash()};
    }

    /** {@code language_version} rows without the document id: lang, title, job, printed, released, files. */
    public static List<String[]> versionRows(CatalogueRecord r) {
        List<String[]> rows = new ArrayList<>(r.versions().size());
        for (LanguageVersion v : r.versions().values()) {
            rows.add(new String[]{v.language().code(), v.title(),
                    v.jobNumber() == null ? null : v.jobNumber().canonical(),
                    v.jobNumber() == null ? null : v.jobNumber().printed(),
                    v.released() == null ? null : v.released().toString(),
                    CatalogueJson.write(v.files().stream()
                            .map(f -> new FileJson(f.format(), f.url(), f.size())).toList())});
        }
        return rows;
    }

    /** {@code document_symbol} rows without the document id: key, symbol, role. */
    public static List<String[]> symbolRows(CatalogueRecord r) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Claim> k : claimedKeys(r).entrySet()) {
            rows.add(new String[]{k.getKey(), k.getValue().symbol(), k.getValue().role().column()});
        }
        return rows;
    }

    /** {@code document_relation} rows without the document id: relation, target key, target symbol. */
    public static List<String[]> relationRows(CatalogueRecord r) {
        List<String[]> rows = new ArrayList<>(r.related().size());
        for (Relation rel : r.related()) {
            rows.add(new String[]{rel.type().wire(), rel.key(), rel.symbol()});
        }
        return rows;
    }

    private static String modifiers(DocumentSymbol s) {
        return s.modifiers().isEmpty() ? null
                : s.modifiers().stream().map(Modifier::text).collect(Collectors.joining("/"));
    }

    private static String agendaJson(CatalogueRecord r) {
        return CatalogueJson.write(r.agendaItems().stream()
                .map(a -> new AgendaItemJson(a.agenda(), a.item(), a.title())).toList());
    }

    /** Column-wise buffers for {@code unnest}: one array parameter per column. */
    private static final class Columns {
        private final List<List<String>> columns = new ArrayList<>();

        Columns(int width, int expectedRows) {
            for (int i = 0; i < width; i++) {
                columns.add(new ArrayList<>(expectedRows));
            }
        }

        void row(String... values) {
            for (int i = 0; i < values.length; i++) {
                columns.get(i).add(values[i]);
            }
        }

        void bind(Connection c, PreparedStatement ps, String type, int offset) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                ps.setArray(offset + i + 1, c.createArrayOf(type, columns.get(i).toArray()));
            }
        }
    }
}
