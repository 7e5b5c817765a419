package org.unsymbol.catalogue.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.unsymbol.catalogue.CatalogueJson;
import org.unsymbol.catalogue.CatalogueSymbols;
import org.unsymbol.catalogue.DocumentJson;
import org.unsymbol.catalogue.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.DocumentJson.VersionJson;
import org.unsymbol.catalogue.RecordJson;
import org.unsymbol.symbol.DocumentSymbol;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents in the wire format, each with its versions, aliases and relations, in one statement. */
public final class CatalogueReader {

    /** The columns of one full document, aggregated per row; {@code d} is the document table. */
    public static final String DOCUMENT_COLUMNS = """
            d.id, d.symbol, d.lookup_key, d.kind, d.distribution, d.issue_date, d.original_language, d.body_name,
            d.session_label, d.agenda_items::text, array_to_json(d.subjects)::text, d.version, d.created_at,
            d.updated_at,
            (SELECT json_agg(s.symbol ORDER BY s.key)::text FROM document_symbol s
              WHERE s.document_id = d.id AND s.role = 'alias') AS aliases,
            (SELECT json_object_agg(v.lang, json_build_object('title', v.title,
                     'jobNumber', coalesce(v.job_number, v.job_number_printed),
                     'jobNumberPrinted', v.job_number_printed, 'released', v.released, 'files', v.files))::text
               FROM language_version v WHERE v.document_id = d.id) AS versions,
            (SELECT json_agg(json_build_object('symbol', r.target_symbol, 'relation', r.relation)
                     ORDER BY r.relation, r.target_key)::text
               FROM document_relation r WHERE r.document_id = d.id) AS related
            """;

    private static final TypeReference<List<AgendaItemJson>> AGENDA = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, VersionJson>> VERSIONS = new TypeReference<>() { };
    private static final TypeReference<List<RelatedJson>> RELATED = new TypeReference<>() { };

    /** The live document that {@code key} names, by its own symbol, a joint single or an alias. */
    public Optional<StoredDocument> findByKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DOCUMENT_COLUMNS + """
                FROM document d
                WHERE d.id = (SELECT s.document_id FROM document_symbol s WHERE s.key = ?) AND d.deleted_at IS NULL
                """)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** A document together with its row identity. */
    public record StoredDocument(long id, DocumentJson json) {
        public long version() {
            return json.version();
        }
    }

    /** Maps a row selected with {@link #DOCUMENT_COLUMNS}. */
    public static StoredDocument map(ResultSet rs) throws SQLException {
        String symbol = rs.getString(2);
        Optional<DocumentSymbol> parsed = CatalogueSymbols.parse(symbol).symbol();
        Map<String, VersionJson> versions = read(rs.getString(16), VERSIONS);
        DocumentJson json = new DocumentJson(symbol, rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9),
                read(rs.getString(10), AGENDA), read(rs.getString(11), STRINGS), orEmpty(read(rs.getString(15), STRINGS)),
                versions == null ? Map.of() : ordered(versions), orEmpty(read(rs.getString(17), RELATED)),
                rs.getString(3), parsed.map(RecordJson::components).orElse(null), rs.getLong(12),
                timestamp(rs.getObject(13, OffsetDateTime.class)), timestamp(rs.getObject(14, OffsetDateTime.class)));
        return new StoredDocument(rs.getLong(1), json);
    }

    /** Versions in the order of the official languages, as the wire shows them. */
    private static Map<String, VersionJson> ordered(Map<String, VersionJson> versions) {
        Map<String, VersionJson> out = new LinkedHashMap<>();
        for (org.unsymbol.lang.Language l : org.unsymbol.lang.Language.values()) {
            VersionJson v = versions.get(l.code());
            if (v != null) {
                out.put(l.code(), v);
            }
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String timestamp(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return CatalogueJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON does not match the wire format", e);
        }
    }
}
