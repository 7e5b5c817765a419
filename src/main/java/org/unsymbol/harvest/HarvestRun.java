package org.unsymbol.harvest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A harvest's whole state, one row of the {@code harvest} table (V4): what was asked, where it is and what it did.
 * Created, finished and read through Panache; the per-page progress (token, counts) is written by
 * {@link HarvestStore} in the same JDBC transaction as the page's records, so that both commit together.
 */
@Entity
@Table(name = "harvest")
public class HarvestRun extends PanacheEntityBase {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(name = "base_url", nullable = false, length = 2000)
    public String baseUrl;

    /** {@code running}, {@code completed} or {@code failed}. */
    @Column(nullable = false, length = 12)
    public String status;

    /** {@code request}, {@code schedule} or {@code resume}: what started it (last). */
    @Column(nullable = false, length = 12)
    public String trigger;

    /** {@code full} or {@code incremental}. */
    @Column(nullable = false, length = 12)
    public String mode;

    @Column(name = "from_datestamp", length = 40)
    public String fromDatestamp;

    @Column(name = "until_datestamp", length = 40)
    public String untilDatestamp;

    @Column(name = "set_spec", length = 500)
    public String setSpec;

    @Column(name = "resumption_token", length = 2000)
    public String resumptionToken;

    @Column(name = "complete_list_size")
    public Long completeListSize;

    @Column(name = "last_datestamp", length = 40)
    public String lastDatestamp;

    @Column(nullable = false)
    public int pages;

    @Column(nullable = false)
    public int requests;

    @Column(nullable = false)
    public long seen;

    @Column(nullable = false)
    public long created;

    @Column(nullable = false)
    public long updated;

    @Column(nullable = false)
    public long unchanged;

    @Column(nullable = false)
    public long deleted;

    @Column(nullable = false)
    public long rejected;

    @Column(columnDefinition = "text")
    public String error;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    static List<HarvestRun> recent(int limit) {
        return find("ORDER BY id DESC").page(0, limit).list();
    }

    static Optional<HarvestRun> running(String source) {
        return find("source = ?1 AND status = ?2 ORDER BY id DESC", source, RUNNING).firstResultOptional();
    }

    /** The latest datestamp a completed harvest of the source saw: where an incremental harvest starts. */
    static Optional<String> lastCompletedDatestamp(String source) {
        return find("source = ?1 AND status = ?2 AND lastDatestamp IS NOT NULL ORDER BY id DESC", source, COMPLETED)
                .firstResultOptional().map(h -> ((HarvestRun) h).lastDatestamp);
    }
}
