package org.unsymbol.harvest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A harvest on the wire: what was asked, where it is, what it did. {@code rate} is records per second since it
 * started; {@code etaSeconds} is given while it runs and the repository told the list's size.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "status", "trigger", "mode", "from", "until", "set", "counts", "pages",
        "requests", "completeListSize", "resumptionToken", "lastDatestamp", "rate", "etaSeconds", "error",
        "rejections", "startedAt", "updatedAt", "finishedAt"})
public record HarvestView(long id, String source, String status, String trigger, String mode, String from,
                          String until, String set, Counts counts, int pages, int requests, Long completeListSize,
                          String resumptionToken, String lastDatestamp, Double rate, Long etaSeconds, String error,
                          List<RejectionView> rejections, OffsetDateTime startedAt, OffsetDateTime updatedAt,
                          OffsetDateTime finishedAt) {

    /** Records by what became of them; {@code seen} counts every header taken (deleted or not). */
    public record Counts(long seen, long created, long updated, long unchanged, long deleted, long rejected) {
    }

    /** A refused record: its OAI identifier and datestamp, the problem code and the reason. */
    public record RejectionView(String identifier, String datestamp, String code, String message) {
    }

    static HarvestView of(HarvestRun h, List<HarvestStore.Rejection> rejections) {
        OffsetDateTime end = h.finishedAt != null ? h.finishedAt : OffsetDateTime.now();
        double seconds = Math.max(0.001, Duration.between(h.startedAt, end).toMillis() / 1000.0);
        Double rate = h.seen == 0 ? null : Math.round(h.seen / seconds * 10) / 10.0;
        Long eta = HarvestRun.RUNNING.equals(h.status) && h.completeListSize != null && rate != null && rate > 0
                ? (long) Math.ceil(Math.max(0, h.completeListSize - h.seen) / rate) : null;
        return new HarvestView(h.id, h.source, h.status, h.trigger, h.mode, h.fromDatestamp, h.untilDatestamp,
                h.setSpec, new Counts(h.seen, h.created, h.updated, h.unchanged, h.deleted, h.rejected), h.pages,
                h.requests, h.completeListSize, h.resumptionToken, h.lastDatestamp, rate, eta, h.error,
                rejections == null ? null : rejections.stream()
                        .map(r -> new RejectionView(r.identifier(), r.datestamp(), r.code(), r.message())).toList(),
                h.startedAt, h.updatedAt, h.finishedAt);
    }
}
