package org.unsymbol.catalogue.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.unsymbol.catalogue.model.AgendaItem;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.CatalogueEntry;
import org.unsymbol.catalogue.model.Distribution;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.model.FileRef;
import org.unsymbol.catalogue.model.IssueDate;
import org.unsymbol.catalogue.model.JobNumber;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.catalogue.model.Relation;
import org.unsymbol.catalogue.model.RelationType;
import org.unsymbol.catalogue.model.TitleQuery;
import org.unsymbol.lang.Language;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document aggregate's reads and its single-document writes (a document row with its language versions, symbols
 * and relations), on the caller's connection so that the caller owns the transaction. Returns domain records only;
 * the bulk write is {@link CatalogueWriter}. All of the catalogue's SQL but the writer's lives here.
 */
public final class DocumentStore {

    /**
     * The columns of one full document, aggregated per row; {@code d} is the document table. Public for the search
     * benchmark's baseline query, which must read a document exactly as the store does.
     */
    public static final String DOCUMENT_COLUMNS = """
            d.id, d.symbol, d.lookup_key, d.kind, d.distribution, d.issue_date, d.original_language, d.body_name,
            d.session_label, d.agenda_items::text, array_to_json(d.subjects)::text, d.version, d.created_at,
            d.updated_at,
            (SELECT json_agg(s.symbol ORDER BY s.key)::text FROM document_symbol s
              WHERE s.document_id = d.id AND s.role = 'alias') AS aliases,
            (SELECT json_agg(json_build_object('lang', v.lang, 'title', v.title, 'job', v.job_number,
                     'printed', v.job_number_printed, 'released', v.released, 'files', v.files))::text
               FROM language_version v WHERE v.document_id = d.id) AS versions,
            (SELECT json_agg(json_build_object('symbol', r.target_symbol, 'relation', r.relation,
                     'key', r.target_key) ORDER BY r.relation, r.target_key)::text
               FROM document_relation r WHERE r.document_id = d.id) AS related
            """;

    private static final String ENTRIES = """
            SELECT s.key, d.symbol, d.lookup_key, d.kind, d.original_language, d.body_name, d.issue_date,
                   (SELECT json_agg(json_build_object('lang', v.lang, 'title', v.title, 'files', v.files)
                                    ORDER BY v.lang)::text
                      FROM language_version v WHERE v.document_id = d.id)
            FROM document_symbol s JOIN document d ON d.id = s.document_id
            WHERE s.key = ANY (?) AND d.deleted_at IS NULL
            """;

    private record VersionRow(String lang, String title, String job, String printed, String released,
                              List<FileRef> files) {
    }

    private record RelationRow(String symbol, String relation, String key) {
    }

    private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<VersionRow>> VERSIONS = new TypeReference<>() { };
    private static final TypeReference<List<RelationRow>> RELATED = new TypeReference<>() { };

    // ---- one document ------------------------------------------------------------------------------------------

    /** The live document that {@code key} names, by its own symbol, a joint single or an alias. */
    public Optional<CatalogueDocument> findByKey(Connection c, String key) throws SQLException {
        return first(c, "SELECT " + DOCUMENT_COLUMNS + """
                FROM document d
                WHERE d.id = (SELECT s.document_id FROM document_symbol s WHERE s.key = ?) AND d.deleted_at IS NULL
                """, DocumentStore::document, key);
    }

    /** The row a key is the primary key of, live or deleted, locked until the transaction ends. */
    public record Locked(long id, long version, boolean live) {
    }

    public Optional<Locked> lock(Connection c, String key) throws SQLException {
        return first(c, "SELECT id, version, deleted_at IS NULL FROM document WHERE lookup_key = ? FOR UPDATE",
                rs -> new Locked(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)), key);
    }

    /** Every key that finds the document (its own, joint singles, aliases). */
    public Set<String> keysOf(Connection c, long id) throws SQLException {
        return new HashSet<>(rows(c, "SELECT key FROM document_symbol WHERE document_id = ?", rs -> rs.getString(1),
                id));
    }

    /** Soft delete: the row stays (with its history) but no lookup finds it, and its other keys are freed. */
    public void softDelete(Connection c, long id) throws SQLException {
        for (String sql : List.of(
                "UPDATE document SET deleted_at = now(), updated_at = now(), version = version + 1 WHERE id = ?",
                "DELETE FROM document_symbol WHERE document_id = ? AND role <> 'primary'")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    public boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM document)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    // ---- many documents ----------------------------------------------------------------------------------------

    /**
     * The live documents among these lookup keys (own, joint single or alias), in ONE query, by the key asked.
     * Keys the catalogue does not know are absent.
     */
    public Map<String, CatalogueEntry> entries(Connection c, Collection<String> keys) throws SQLException {
        Map<String, CatalogueEntry> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ENTRIES)) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), entry(rs));
                }
            }
        }
        return out;
    }

    /** Up to {@code limit} documents of the filtered set in key order, strictly after {@code afterKey} (if any). */
    public List<CatalogueDocument> page(Connection c, DocumentFilter filter, String afterKey, int limit)
            throws SQLException {
        FilterSql where = FilterSql.of(filter);
        if (afterKey != null) {
            where.add("d.lookup_key > ?", afterKey);
        }
        List<CatalogueDocument> items = new ArrayList<>(limit);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DOCUMENT_COLUMNS
                + " FROM document d WHERE " + where.text() + " ORDER BY d.lookup_key LIMIT " + limit)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(document(rs));
                }
            }
        }
        return items;
    }

    /** A document of a ranked page and its rank (the cursor of the next page is the last rank and key). */
    public record Ranked(CatalogueDocument document, float rank) {
    }

    /**
     * Up to {@code limit} documents of the filtered set whose titles match its title query, best first: by rank
     * (the best {@code ts_rank} of the document's titles, normalized by title length), then id, strictly after
     * ({@code afterRank}, {@code afterId}) if given. The filter's text must be {@link TitleQuery#positive()}.
     */
    public List<Ranked> rankedPage(Connection c, DocumentFilter filter, Float afterRank, Long afterId, int limit)
            throws SQLException {
        List<Ranked> items = new ArrayList<>(Math.min(limit, 1000));
        try (PreparedStatement ps = ranked(c, "", filter, afterRank, afterId, limit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new Ranked(document(rs), rs.getFloat(18)));
            }
        }
        return items;
    }

    /** The plan of {@link #rankedPage}'s first page, run: EXPLAIN (ANALYZE, BUFFERS), one line per row. */
    public List<String> explainRanked(Connection c, DocumentFilter filter, int limit) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = ranked(c, "EXPLAIN (ANALYZE, BUFFERS) ", filter, null, null, limit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    private static PreparedStatement ranked(Connection c, String explain, DocumentFilter filter, Float afterRank,
                                            Long afterId, int limit) throws SQLException {
        List<Object> queryParams = new ArrayList<>();
        String query = FilterSql.tsquery(filter.text(), queryParams);
        FilterSql where = FilterSql.of(new DocumentFilter(filter.prefixKey(), filter.bodyKey(), filter.session(),
                filter.year(), filter.kind(), filter.lang(), filter.from(), filter.to(), filter.symbolKey(), null));
        if (afterId != null) {
            where.add("(h.rank < ? OR (h.rank = ? AND h.document_id > ?))", afterRank, afterRank, afterId);
        }
        // the query once (MATERIALIZED); the matching titles from the GIN index and the best rank per document,
        // sorted (rank, id) inside the subquery, so that the join to document runs in that order and stops at the
        // limit (a nested loop over document_pkey) instead of reading every matching document
        String sql = explain + "WITH q AS MATERIALIZED (SELECT " + query + " AS query) "
                + "SELECT " + DOCUMENT_COLUMNS + ", h.rank FROM (SELECT lv.document_id, "
                + "max(ts_rank(lv.title_tsv, q.query, 1)) AS rank FROM q JOIN language_version lv "
                + "ON lv.title_tsv @@ q.query GROUP BY lv.document_id ORDER BY 2 DESC, 1) h "
                + "JOIN document d ON d.id = h.document_id "
                + "WHERE " + where.text() + " ORDER BY h.rank DESC, h.document_id LIMIT " + limit;
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < queryParams.size(); i++) {
                ps.setString(i + 1, (String) queryParams.get(i));
            }
            where.bind(ps, queryParams.size());
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * Counts over the whole filtered set: by kind, by year of issue (else the symbol's), by series (root and bodies,
     * the values the {@code body} filter takes) and by language.
     */
    public Map<String, Map<String, Long>> facets(Connection c, DocumentFilter filter) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("kind", counts(c, "SELECT d.kind, count(*) FROM document d WHERE " + where.text()
                + " GROUP BY 1 ORDER BY 2 DESC, 1", where));
        out.put("year", counts(c, "SELECT coalesce(extract(year FROM d.issue_date_sort)::int, d.year)::text, count(*)"
                + " FROM document d WHERE " + where.text() + " GROUP BY 1 ORDER BY 1 DESC NULLS LAST", where));
        out.put("body", counts(c, "SELECT d.series, count(*) FROM document d WHERE " + where.text()
                + " GROUP BY 1 ORDER BY 2 DESC, 1", where));
        out.put("language", counts(c, "SELECT v.lang, count(*) FROM document d JOIN language_version v"
                + " ON v.document_id = d.id WHERE " + where.text() + " GROUP BY 1 ORDER BY 2 DESC, 1", where));
        return out;
    }

    private static Map<String, Long> counts(Connection c, String sql, FilterSql where) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) == null ? "unknown" : rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    // ---- relations and neighbours ------------------------------------------------------------------------------

    /** A live document named by its symbol and key. */
    public record Named(String symbol, String key) {
    }

    /** A relation stored by this document, and whether its target is catalogued (live) now. */
    public record Outgoing(String relation, String targetSymbol, boolean catalogued) {
    }

    /** A relation another live document states about one of this document's keys. */
    public record Incoming(String relation, String sourceSymbol) {
    }

    /** The live documents whose base key is {@code baseKey}, but {@code exceptKey}, in key order. */
    public List<Named> family(Connection c, String baseKey, String exceptKey) throws SQLException {
        return rows(c, """
                SELECT symbol, lookup_key FROM document
                WHERE base_key = ? AND deleted_at IS NULL AND lookup_key <> ? ORDER BY lookup_key""",
                rs -> new Named(rs.getString(1), rs.getString(2)), baseKey, exceptKey);
    }

    public List<Outgoing> outgoing(Connection c, long id) throws SQLException {
        return rows(c, """
                SELECT r.relation, r.target_symbol,
                       EXISTS (SELECT 1 FROM document_symbol s JOIN document t ON t.id = s.document_id
                               WHERE s.key = r.target_key AND t.deleted_at IS NULL)
                FROM document_relation r WHERE r.document_id = ? ORDER BY r.relation, r.target_key""",
                rs -> new Outgoing(rs.getString(1), rs.getString(2), rs.getBoolean(3)), id);
    }

    public List<Incoming> incoming(Connection c, long id) throws SQLException {
        return rows(c, """
                SELECT r.relation, d.symbol FROM document_relation r JOIN document d ON d.id = r.document_id
                WHERE r.target_key IN (SELECT key FROM document_symbol WHERE document_id = ?)
                  AND d.deleted_at IS NULL AND d.id <> ?
                ORDER BY d.lookup_key, r.relation""",
                rs -> new Incoming(rs.getString(1), rs.getString(2)), id, id);
    }

    /** Symbols of live documents with this base key, in key order. */
    public List<String> symbolsWithBase(Connection c, String baseKey, int limit) throws SQLException {
        return symbols(c, "SELECT symbol FROM document WHERE base_key = ? AND deleted_at IS NULL ORDER BY lookup_key "
                + "LIMIT " + limit, baseKey);
    }

    /** The symbol of the live document that this key (own, joint single or alias) names, if any. */
    public List<String> symbolOfKey(Connection c, String key) throws SQLException {
        return symbols(c, """
                SELECT d.symbol FROM document_symbol s JOIN document d ON d.id = s.document_id
                WHERE s.key = ? AND d.deleted_at IS NULL""", key);
    }

    /** Symbols of live documents whose key starts with {@code prefixKey}, in key order. */
    public List<String> symbolsUnder(Connection c, String prefixKey, int limit) throws SQLException {
        return symbols(c, "SELECT symbol FROM document WHERE lookup_key LIKE ? ESCAPE '\\' AND deleted_at IS NULL "
                + "ORDER BY lookup_key LIMIT " + limit, FilterSql.like(prefixKey));
    }

    private static List<String> symbols(Connection c, String sql, String param) throws SQLException {
        return rows(c, sql, rs -> rs.getString(1), param);
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of a query, each read by {@code row}; {@code params} are bound in order. */
    private static <T> List<T> rows(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    /** The first row of a query, if any, read by {@code row}. */
    private static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Long id) {
                ps.setLong(i + 1, id);
            } else {
                ps.setString(i + 1, (String) params[i]);
            }
        }
    }

    // ---- rows to domain records --------------------------------------------------------------------------------

    private static CatalogueDocument document(ResultSet rs) throws SQLException {
        Map<Language, LanguageVersion> versions = new EnumMap<>(Language.class);
        for (VersionRow v : orEmpty(StoredJson.read(rs.getString(16), VERSIONS))) {
            Language.of(v.lang()).ifPresent(lang -> versions.put(lang, new LanguageVersion(lang, v.title(),
                    v.job() == null && v.printed() == null ? null : new JobNumber(v.job(), v.printed()),
                    v.released() == null ? null : LocalDate.parse(v.released()),
                    v.files() == null ? List.of() : v.files())));
        }
        List<Relation> related = new ArrayList<>();
        for (RelationRow r : orEmpty(StoredJson.read(rs.getString(17), RELATED))) {
            RelationType.parse(r.relation()).ifPresent(t -> related.add(new Relation(t, r.symbol(), r.key())));
        }
        String distribution = rs.getString(5);
        return new CatalogueDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                distribution == null ? null : Distribution.valueOf(distribution),
                IssueDate.parse(rs.getString(6)).orElse(null), Language.of(rs.getString(7)).orElse(null),
                rs.getString(8), rs.getString(9), orEmpty(StoredJson.read(rs.getString(10), AGENDA)),
                orEmpty(StoredJson.read(rs.getString(11), STRINGS)), orEmpty(StoredJson.read(rs.getString(15), STRINGS)),
                versions, List.copyOf(related), rs.getLong(12), rs.getObject(13, OffsetDateTime.class),
                rs.getObject(14, OffsetDateTime.class));
    }

    private static CatalogueEntry entry(ResultSet rs) throws SQLException {
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>();
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (VersionRow v : orEmpty(StoredJson.read(rs.getString(8), VERSIONS))) {
            languages.add(v.lang());
            if (v.title() != null) {
                titles.put(v.lang(), v.title());
            }
            if (v.files() != null && !v.files().isEmpty()) {
                Map<String, String> byFormat = new LinkedHashMap<>();
                v.files().forEach(f -> byFormat.putIfAbsent(f.format(), f.url()));
                files.put(v.lang(), byFormat);
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (Language l : Language.values()) {
            if (languages.contains(l.code())) {
                ordered.add(l.code());
            }
        }
        return new CatalogueEntry(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), titles, ordered, files);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
