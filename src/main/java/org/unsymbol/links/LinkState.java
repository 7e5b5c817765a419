package org.unsymbol.links;

import java.time.Instant;
import java.util.Locale;

/**
 * What the link-health checks know of one URL: the status of its last check, when that was, when it last answered
 * with a file, and a score over time (1 = every check good, 0 = every check bad; each check moves it a fifth of the
 * way).
 *
 * @param contentKind what the last answer held: {@code pdf}, {@code docx}, {@code doc}, {@code html}, {@code other}
 *                    (null when nothing was read)
 * @param httpStatus  the status of the last answer (after redirects), null on a timeout or a connection failure
 */
public record LinkState(Status status, Instant checkedAt, Instant lastOkAt, double score, String contentKind,
                        Integer httpStatus) {

    public enum Status {
        /** a PDF or Word file answered */
        OK,
        /** known missing: 404/410, or a "not found" HTML page where a file should be */
        MISSING,
        /** not known either way: timeout, connection error, 5xx, 429, 401/403, or an answer that is not a file */
        FAILING,
        /** a redirect left the allowed hosts, or the URL is not one the checker may fetch */
        REFUSED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }

    public boolean missing() {
        return status == Status.MISSING;
    }
}
