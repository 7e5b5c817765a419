package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code citation} table: what catalogued reports cite, by cited key. */
@ApplicationScoped
public class CitationStore {

    private static final int MAX_TEXT = 300;

    /** One distinct symbol a report cites. */
    public record Cited(String key, String symbol, String kind, ReferenceStatus status, int occurrences,
                        int firstStart, String recordedAt) {
    }

    /** A catalogued report citing a document, with how often. */
    public record Citing(String symbol, int occurrences, String recordedAt) {
    }

    private final Jdbc jdbc;

    public CitationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The distinct cited symbols of these references, in order of first occurrence. */
    static List<Cited> distinct(List<Reference> references) {
        Map<String, Cited> byKey = new LinkedHashMap<>();
        for (Reference r : references) {
            String key = clip(r.key());
            Cited seen = byKey.get(key);
            byKey.put(key, seen == null
                    ? new Cited(key, clip(r.symbol()), r.kind().wireName(), r.status(), 1, r.start(), null)
                    : new Cited(key, seen.symbol(), seen.kind(), seen.status(), seen.occurrences() + 1,
                    seen.firstStart(), null));
        }
        return List.copyOf(byKey.values());
    }

    /** Replaces the recorded citations of a document, all or nothing. */
    public int replace(long citingDocumentId, List<Cited> cited) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM citation WHERE citing_document_id = ?")) {
                delete.setLong(1, citingDocumentId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO citation (citing_document_id, cited_key, cited_symbol, kind, status, occurrences,
                                          first_start) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Cited x : cited) {
                    insert.setLong(1, citingDocumentId);
                    insert.setString(2, x.key());
                    insert.setString(3, x.symbol());
                    insert.setString(4, x.kind());
                    insert.setString(5, x.status().name().toLowerCase(Locale.ROOT));
                    insert.setInt(6, x.occurrences());
                    insert.setInt(7, x.firstStart());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return cited.size();
        });
    }

    public List<Cited> citedBy(long citingDocumentId) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT cited_key, cited_symbol, kind, status, occurrences, first_start, recorded_at
                    FROM citation WHERE citing_document_id = ? ORDER BY first_start, cited_key""")) {
                ps.setLong(1, citingDocumentId);
                List<Cited> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Cited(rs.getString(1), rs.getString(2), rs.getString(3),
                                ReferenceStatus.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                                rs.getInt(5), rs.getInt(6), instant(rs.getTimestamp(7))));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The live catalogued documents that cite {@code key} or any other key of the document it names (its aliases
     * and joint singles cite it too), most recent recording first.
     */
    public List<Citing> citing(String key) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.symbol, sum(c.occurrences), max(c.recorded_at)
                    FROM citation c JOIN document d ON d.id = c.citing_document_id
                    WHERE d.deleted_at IS NULL
                      AND (c.cited_key = ? OR c.cited_key IN (
                            SELECT mine.key FROM document_symbol asked
                            JOIN document_symbol mine ON mine.document_id = asked.document_id
                            WHERE asked.key = ?))
                    GROUP BY d.symbol ORDER BY max(c.recorded_at) DESC, d.symbol""")) {
                ps.setString(1, key);
                ps.setString(2, key);
                List<Citing> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Citing(rs.getString(1), rs.getInt(2), instant(rs.getTimestamp(3))));
                    }
                }
                return out;
            }
        });
    }

    private static String instant(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
