package org.unsymbol.catalogue.store;

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

    /** Each record's {@code document} row; the id is drawn from the identity (upsert) or supplied (COPY). */
    public static final Table<CatalogueRecord> DOCUMENT = new Table<>("document", "id", List.of(
            Table.text("symbol", r -> r.symbol().canonical()),
            Table.text("lookup_key", CatalogueRecord::key),
            Table.text("base_key", r -> DocumentSymbol.keyOf(r.symbol().baseCanonical())),
            Table.text("root", r -> r.symbol().root()),
            Table.text("series", r -> r.symbol().series()),
            Table.text("session", r -> r.symbol().session().orElse(null)),
            Table.typed("year", "int", r -> r.symbol().year().isPresent()
                    ? Integer.toString(r.symbol().year().getAsInt()) : null),
            Table.text("nature", r -> r.symbol().nature().orElse(null)),
            Table.text("number", r -> r.symbol().number().orElse(null)),
            Table.text("modifiers", r -> modifiers(r.symbol())),
            Table.text("kind", CatalogueRecord::kind),
            Table.text("distribution", r -> r.distribution() == null ? null : r.distribution().name()),
            Table.text("issue_date", r -> r.date() == null ? null : r.date().text()),
            Table.typed("issue_date_sort", "date", r -> r.date() == null ? null : r.date().first().toString()),
            Table.text("original_language", r -> r.originalLanguage() == null ? null : r.originalLanguage().code()),
            Table.text("body_name", CatalogueRecord::body),
            Table.text("session_label", CatalogueRecord::session),
            Table.typed("agenda_items", "jsonb", r -> StoredJson.write(r.agendaItems())),
            Table.typed("subjects", "text[]", r -> CopyText.array(r.subjects())),
            Table.text("content_hash", CatalogueRecord::contentHash)));

    public static final Table<LanguageVersion> VERSIONS = new Table<>("language_version", "document_id", List.of(
            Table.text("lang", v -> v.language().code()),
            Table.text("title", LanguageVersion::title),
            Table.text("job_number", v -> v.jobNumber() == null ? null : v.jobNumber().canonical()),
            Table.text("job_number_printed", v -> v.jobNumber() == null ? null : v.jobNumber().printed()),
            Table.typed("released", "date", v -> v.released() == null ? null : v.released().toString()),
            Table.typed("files", "jsonb", v -> StoredJson.write(v.files()))));

    public static final Table<Map.Entry<String, Claim>> SYMBOLS = new Table<>("document_symbol", "document_id",
            List.of(Table.text("key", Map.Entry::getKey),
                    Table.text("symbol", k -> k.getValue().symbol()),
                    Table.text("role", k -> k.getValue().role().column())));

    public static final Table<Relation> RELATIONS = new Table<>("document_relation", "document_id", List.of(
            Table.text("relation", rel -> rel.type().wire()),
            Table.text("target_key", Relation::key),
            Table.text("target_symbol", Relation::symbol)));

    /** Created or, when the content hash differs or the row was deleted, replaced (children are rewritten). */
    private static final String UPSERT_DOCUMENTS = DOCUMENT.insertWithoutIds("d") + """

            ON CONFLICT (lookup_key) DO UPDATE SET
                """ + DOCUMENT.setExcluded("lookup_key") + """
            , updated_at = now(), version = d.version + 1, deleted_at = NULL
            WHERE d.content_hash IS DISTINCT FROM EXCLUDED.content_hash OR d.deleted_at IS NOT NULL
            RETURNING d.id, d.lookup_key, (d.xmax = 0) AS inserted
            """;

    /** The rows of one record in every table, ids aside: what both write paths (COPY, unnest) send. */
    public record Rows(String[] document, List<String[]> versions, List<String[]> symbols, List<String[]> relations) {
    }

    public static Rows rows(CatalogueRecord r) {
        return new Rows(DOCUMENT.row(r), r.versions().values().stream().map(VERSIONS::row).toList(),
                claimedKeys(r).entrySet().stream().map(SYMBOLS::row).toList(),
                r.related().stream().map(RELATIONS::row).toList());
    }

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
        // every document holds a document_symbol row for its own key (kept when it is soft-deleted)
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.key, d.lookup_key, d.symbol, d.content_hash, d.deleted_at IS NOT NULL
                FROM document_symbol s JOIN document d ON d.id = s.document_id
                WHERE s.key = ANY (?)""")) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
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
            Rows rows = rows(r);
            long id = ids[i];
            CopyText.row(documents, id, rows.document());
            rows.versions().forEach(v -> CopyText.row(versions, id, v));
            rows.symbols().forEach(v -> CopyText.row(symbols, id, v));
            rows.relations().forEach(v -> CopyText.row(relations, id, v));
            out.put(r.key(), Outcome.CREATED);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copyIn(copy, DOCUMENT.copyTarget(), documents);
        copyIn(copy, VERSIONS.copyTarget(), versions);
        copyIn(copy, SYMBOLS.copyTarget(), symbols);
        copyIn(copy, RELATIONS.copyTarget(), relations);
        return out;
    }

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
            Columns cols = new Columns(DOCUMENT.columns().size(), changed.size());
            for (CatalogueRecord r : changed) {
                cols.row(DOCUMENT.row(r));
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
            for (Table<?> table : List.of(VERSIONS, SYMBOLS, RELATIONS)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM " + table.name() + " WHERE " + table.idName() + " = ANY (?)")) {
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
        Columns versions = new Columns(VERSIONS.columns().size(), changed.size() * 2);
        List<Long> sIds = new ArrayList<>();
        Columns symbols = new Columns(SYMBOLS.columns().size(), changed.size());
        List<Long> rIds = new ArrayList<>();
        Columns relations = new Columns(RELATIONS.columns().size(), 0);
        for (CatalogueRecord r : changed) {
            Long id = ids.get(r.key());
            if (id == null) {
                continue; // unchanged after all: a concurrent writer stored the same content first
            }
            Rows rows = rows(r);
            for (String[] row : rows.versions()) {
                vIds.add(id);
                versions.row(row);
            }
            for (String[] row : rows.symbols()) {
                sIds.add(id);
                symbols.row(row);
            }
            for (String[] row : rows.relations()) {
                rIds.add(id);
                relations.row(row);
            }
        }
        insert(c, VERSIONS.insertWithIds(), vIds, versions);
        insert(c, SYMBOLS.insertWithIds(), sIds, symbols);
        insert(c, RELATIONS.insertWithIds(), rIds, relations);
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

    private static String modifiers(DocumentSymbol s) {
        return s.modifiers().isEmpty() ? null
                : s.modifiers().stream().map(Modifier::text).collect(Collectors.joining("/"));
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
