package org.unsymbol.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.symbol.DocumentSymbol;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other features need to know about catalogued documents, for many keys in ONE query (the resolver's batches,
 * the draft checker). Keys may be a document's own, a joint single or an alias; each maps to its document.
 */
@ApplicationScoped
public class CatalogueLookup {

    /**
     * A small read model of one document.
     *
     * @param key       the document's own lookup key (may differ from the key asked for: an alias)
     * @param titles    by language code
     * @param languages the languages with a version, in official order
     * @param files     language code → format ({@code pdf}, {@code doc}, {@code docx}) → URL
     */
    public record Entry(String symbol, String key, String kind, String originalLanguage, String bodyName,
                        String issueDate, Map<String, String> titles, Set<String> languages,
                        Map<String, Map<String, String>> files) {
    }

    private static final String QUERY = """
            SELECT s.key, d.symbol, d.lookup_key, d.kind, d.original_language, d.body_name, d.issue_date,
                   (SELECT json_agg(json_build_object('lang', v.lang, 'title', v.title, 'files', v.files)
                                    ORDER BY v.lang)::text
                      FROM language_version v WHERE v.document_id = d.id)
            FROM document_symbol s JOIN document d ON d.id = s.document_id
            WHERE s.key = ANY (?) AND d.deleted_at IS NULL
            """;
    private static final TypeReference<List<VersionRow>> VERSIONS = new TypeReference<>() { };

    private record VersionRow(String lang, String title, List<DocumentJson.FileJson> files) {
    }

    private final Jdbc jdbc;

    public CatalogueLookup(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The catalogued documents among {@code keys} (lookup keys; any spelling is normalized to a key with
     * {@link DocumentSymbol#keyOf}), by the key as given. Keys the catalogue does not know are absent.
     */
    public Map<String, Entry> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> asked = new HashMap<>();
        for (String k : keys) {
            asked.computeIfAbsent(DocumentSymbol.keyOf(k), x -> new java.util.ArrayList<>()).add(k);
        }
        return jdbc.read(c -> {
            Map<String, Entry> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(QUERY)) {
                ps.setArray(1, c.createArrayOf("text", asked.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Entry entry = entry(rs);
                        for (String original : asked.getOrDefault(rs.getString(1), List.of())) {
                            out.put(original, entry);
                        }
                    }
                }
            }
            return out;
        });
    }

    private static Entry entry(ResultSet rs) throws java.sql.SQLException {
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>();
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (VersionRow v : versions(rs.getString(8))) {
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
        return new Entry(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), titles, ordered(languages), files);
    }

    private static Set<String> ordered(Set<String> languages) {
        Set<String> out = new LinkedHashSet<>();
        for (org.unsymbol.lang.Language l : org.unsymbol.lang.Language.values()) {
            if (languages.contains(l.code())) {
                out.add(l.code());
            }
        }
        return out;
    }

    private static List<VersionRow> versions(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return CatalogueJson.MAPPER.readValue(json, VERSIONS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
