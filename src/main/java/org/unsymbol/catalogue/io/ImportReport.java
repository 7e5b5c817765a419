package org.unsymbol.catalogue.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.unsymbol.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did. {@code rejected} lists the first {@link #MAX_LISTED} refused records; {@code rejectedTotal}
 * counts them all. {@code complete} is false when the body became unreadable part-way (the records before that point
 * are stored).
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

    void reject(long line, String code, String message) {
        rejectedTotal++;
        if (rejected.size() < MAX_LISTED) {
            rejected.add(new Rejection(line, code, message));
        }
    }

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    void unchanged() {
        unchanged++;
    }

    void incomplete() {
        complete = false;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getRejectedTotal() {
        return rejectedTotal;
    }

    public boolean isComplete() {
        return complete;
    }

    public List<Rejection> getRejected() {
        return rejected;
    }

    /** True when the catalogue may differ after this import. */
    public boolean changedAnything() {
        return created + updated > 0;
    }

    public long stored() {
        return created + updated + unchanged;
    }
}
