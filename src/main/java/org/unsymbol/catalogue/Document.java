package org.unsymbol.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A catalogued UN document, found by its lookup key (the whitespace- and case-insensitive form of its symbol).
 *
 * <p>A thin mapping of the {@code document} row's identity columns for simple JPA reads. The catalogue itself reads
 * and writes through set-based JDBC ({@link org.unsymbol.catalogue.store.CatalogueWriter},
 * {@link org.unsymbol.catalogue.store.CatalogueReader}) because an import upserts thousands of rows per statement.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String symbol;

    @Column(name = "lookup_key", nullable = false, length = 300, unique = true)
    public String lookupKey;

    @Column(nullable = false, length = 40)
    public String kind = "document";

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    /** Set when the document was withdrawn from the catalogue (soft delete); such a row is invisible to readers. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    public static Optional<Document> findByLookupKey(String key) {
        return find("lookupKey = ?1 and deletedAt is null", key).firstResultOptional();
    }
}
