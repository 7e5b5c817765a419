package org.unsymbol.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/drafts/linkify} with {@code Accept: application/json}: the linked text and the counts. */
@Schema(name = "LinkifyResult")
public record LinkifyResult(@Schema(description = "The draft with links inserted; nothing else changed") String text,
                            @Schema(example = "text/markdown") String mediaType,
                            DraftSummary summary, DraftSummary distinct,
                            @Schema(nullable = true, description = "Null when neither given nor detected") String language,
                            @JsonInclude(JsonInclude.Include.NON_NULL) DraftReport.Truncation truncated) {
}
