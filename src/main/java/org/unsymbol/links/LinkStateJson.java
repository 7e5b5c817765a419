package org.unsymbol.links;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The health of one link on the wire (the resolve JSON, the document record): {@code status} is {@code ok},
 * {@code missing}, {@code failing}, {@code refused}, or {@code unchecked} when no check has reached it yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "checkedAt", "lastOkAt", "score", "httpStatus", "contentKind"})
@Schema(description = "What the link-health checks know of a link")
public record LinkStateJson(
        @Schema(enumeration = {"ok", "missing", "failing", "refused", "unchecked"}) String status,
        @Schema(description = "When it was last checked (ISO 8601)") String checkedAt,
        @Schema(description = "When it last answered with a file") String lastOkAt,
        @Schema(description = "From 0 (every check bad) to 1 (every check good), recent checks weigh most")
        Double score,
        Integer httpStatus,
        @Schema(enumeration = {"pdf", "docx", "doc", "html", "other"}) String contentKind) {

    public static final LinkStateJson UNCHECKED = new LinkStateJson("unchecked", null, null, null, null, null);

    public static LinkStateJson of(LinkState s) {
        if (s == null) {
            return UNCHECKED;
        }
        return new LinkStateJson(s.status().wire(), s.checkedAt() == null ? null : s.checkedAt().toString(),
                s.lastOkAt() == null ? null : s.lastOkAt().toString(), Math.round(s.score() * 1000) / 1000.0,
                s.httpStatus(), s.contentKind());
    }
}
