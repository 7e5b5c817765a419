package org.unsymbol.citegraph;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One row of the {@code citation} table (V3): a distinct symbol that a catalogued report cites, as recorded from its
 * draft. The aggregate is small and written a report at a time, so it is mapped with Panache over the Flyway table;
 * the catalogue's own tables stay set-based JDBC (bulk imports).
 */
@Entity
@Table(name = "citation")
@IdClass(RecordedCitation.Id.class)
public class RecordedCitation extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Column(name = "citing_document_id", nullable = false)
    public long citingDocumentId;

    @jakarta.persistence.Id
    @Column(name = "cited_key", nullable = false, length = 300)
    public String citedKey;

    @Column(name = "cited_symbol", nullable = false, length = 300)
    public String citedSymbol;

    @Column(nullable = false, length = 40)
    public String kind;

    /** {@code valid}, {@code malformed} or {@code placeholder} (the table's check constraint). */
    @Column(nullable = false, length = 12)
    public String status;

    @Column(nullable = false)
    public int occurrences;

    @Column(name = "first_start", nullable = false)
    public int firstStart;

    /** Set by the database ({@code DEFAULT now()}) when the row is inserted. */
    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** The composite primary key: the citing document and the cited key. */
    public static class Id implements Serializable {
        public long citingDocumentId;
        public String citedKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && other.citingDocumentId == citingDocumentId
                    && Objects.equals(other.citedKey, citedKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(citingDocumentId, citedKey);
        }
    }
}
