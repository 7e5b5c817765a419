package org.unsymbol.catalogue.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.unsymbol.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did. {@code rejected} lists the first {@link #MAX_LISTED} refused records; {@code rejectedTotal}
 * counts them all. {@code complete} is false when the body became unreadable part-way (the records before that point
 * are stored). Thread-safe: the reading and the storing thread of an import both report here.
 */
@JsonPropertyOrder({"created", "updated", "unchanged", "rejectedTotal", "complete", "rejected"})
public final class ImportReport {

    public static final int MAX_LISTED = 1000;

    /** A refused record: where it was, the problem code and why. */
    public record Rejection(long line, String code, String message) {
    }

    private long created;
    private long updated;
    private long unchanged;
    private long rejectedTotal;
    private boolean complete = true;
    private final List<Rejection> rejected = new ArrayList<>();

    void reject(long line, ProblemException e) {
        reject(line, e.problem().getCode(), e.problem().getDetail());
    }

    synchronized void reject(long line, String code, String message) {
        rejectedTotal++;
        if (rejected.size() < MAX_LISTED) {
            rejected.add(new Rejection(line, code, message));
        }
    }

    synchronized void created() {
        created++;
    }

    synchronized void updated() {
        updated++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void incomplete() {
        complete = false;
    }

    public synchronized long getCreated() {
        return created;
    }

    public synchronized long getUpdated() {
        return updated;
    }

    public synchronized long getUnchanged() {
        return unchanged;
    }

    public synchronized long getRejectedTotal() {
        return rejectedTotal;
    }

    public synchronized boolean isComplete() {
        return complete;
    }

    /** In line order (records stored on the writer thread are reported after later parse errors). */
    public synchronized List<Rejection> getRejected() {
        List<Rejection> sorted = new ArrayList<>(rejected);
        sorted.sort(java.util.Comparator.comparingLong(Rejection::line));
        return sorted;
    }

    /** True when the catalogue may differ after this import. */
    public synchronized boolean changedAnything() {
        return created + updated > 0;
    }

    public synchronized long stored() {
        return created + updated + unchanged;
    }
}
