package org.unsymbol.citegraph;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cites/cited-by graph: what catalogued reports cite, by cited key. Rows are {@link RecordedCitation} Panache
 * entities over the {@code citation} table; "who cites this document" joins the catalogue's symbol table, so it is
 * one native query through the same entity manager.
 */
@ApplicationScoped
public class CitationStore {

    private static final int MAX_TEXT = 300;

    /** Rows written per flush: they go out as one JDBC batch (quarkus.hibernate-orm.jdbc.statement-batch-size). */
    private static final int FLUSH_EVERY = 500;

    private static final String CITING = """
            SELECT d.symbol, sum(c.occurrences), max(c.recorded_at)
            FROM citation c JOIN document d ON d.id = c.citing_document_id
            WHERE d.deleted_at IS NULL
              AND (c.cited_key = ?1 OR c.cited_key IN (
                    SELECT mine.key FROM document_symbol asked
                    JOIN document_symbol mine ON mine.document_id = asked.document_id
                    WHERE asked.key = ?1))
            GROUP BY d.symbol ORDER BY max(c.recorded_at) DESC, d.symbol""";

    /** One distinct symbol a report cites. */
    public record Cited(String key, String symbol, String kind, ReferenceStatus status, int occurrences,
                        int firstStart, String recordedAt) {
    }

    /** A catalogued report citing a document, with how often. */
    public record Citing(String symbol, int occurrences, String recordedAt) {
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
    @Transactional
    public int replace(long citingDocumentId, List<Cited> cited) {
        RecordedCitation.delete("citingDocumentId", citingDocumentId);
        var em = RecordedCitation.getEntityManager();
        em.flush(); // the delete first: a re-recorded key is a new row with the same primary key
        int n = 0;
        for (Cited x : cited) {
            RecordedCitation row = new RecordedCitation();
            row.citingDocumentId = citingDocumentId;
            row.citedKey = x.key();
            row.citedSymbol = x.symbol();
            row.kind = x.kind();
            row.status = x.status().name().toLowerCase(Locale.ROOT);
            row.occurrences = x.occurrences();
            row.firstStart = x.firstStart();
            em.persist(row);
            if (++n % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        return cited.size();
    }

    public List<Cited> citedBy(long citingDocumentId) {
        List<RecordedCitation> rows = RecordedCitation.list("citingDocumentId",
                Sort.by("firstStart").and("citedKey"), citingDocumentId);
        List<Cited> out = new ArrayList<>(rows.size());
        for (RecordedCitation r : rows) {
            out.add(new Cited(r.citedKey, r.citedSymbol, r.kind,
                    ReferenceStatus.valueOf(r.status.toUpperCase(Locale.ROOT)), r.occurrences, r.firstStart,
                    instant(r.recordedAt)));
        }
        return out;
    }

    /**
     * The live catalogued documents that cite {@code key} or any other key of the document it names (its aliases
     * and joint singles cite it too), most recent recording first.
     */
    public List<Citing> citing(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = RecordedCitation.getEntityManager().createNativeQuery(CITING)
                .setParameter(1, key).getResultList();
        List<Citing> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Citing((String) r[0], ((Number) r[1]).intValue(), instant(r[2])));
        }
        return out;
    }

    private static String instant(Object t) {
        Instant i;
        if (t == null) {
            return null;
        } else if (t instanceof Instant x) {
            i = x;
        } else if (t instanceof OffsetDateTime x) {
            i = x.toInstant();
        } else if (t instanceof Timestamp x) {
            i = x.toInstant();
        } else {
            throw new IllegalStateException("recorded_at read as " + t.getClass());
        }
        return i.toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
