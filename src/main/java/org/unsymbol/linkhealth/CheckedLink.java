package org.unsymbol.linkhealth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One row of {@code link_health} (V5): a URL, where it came from, and what its checks found over time. A simple
 * aggregate written one check at a time, so Panache over the Flyway table.
 */
@Entity
@Table(name = "link_health")
public class CheckedLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2000, unique = true)
    public String url;

    @Column(nullable = false, length = 255)
    public String host;

    /** {@code catalogue} (a file the catalogue records) or {@code template} (the resolver's ODS link). */
    @Column(nullable = false, length = 10)
    public String source;

    @Column(name = "document_key", length = 300)
    public String documentKey;

    @Column(length = 2)
    public String lang;

    /** {@code unchecked}, {@code ok}, {@code missing}, {@code failing}, {@code refused}. */
    @Column(nullable = false, length = 10)
    public String status;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "content_kind", length = 10)
    public String contentKind;

    @Column(length = 500)
    public String detail;

    @Column(name = "final_url", length = 2000)
    public String finalUrl;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(nullable = false)
    public int checks;

    @Column(nullable = false)
    public int oks;

    public Double score;

    @Column(name = "last_checked_at")
    public OffsetDateTime lastCheckedAt;

    @Column(name = "last_ok_at")
    public OffsetDateTime lastOkAt;

    @Column(name = "next_check_at", nullable = false)
    public OffsetDateTime nextCheckAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
