package org.unsymbol.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What {@code POST /api/v1/drafts/check} answers: counts per reference occurrence ({@code summary}) and per distinct
 * symbol ({@code distinct}), the language the draft was read in, and every reference in document order.
 */
@Schema(name = "DraftReport")
public record DraftReport(DraftSummary summary, DraftSummary distinct,
                          @Schema(nullable = true, description = "The lang parameter, else the language detected in the text; null "
                                  + "when neither", example = "es") String language,
                          List<DraftReference> references,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Truncation truncated) {

    /** Present when the draft had more references than one request reports. */
    public record Truncation(@Schema(example = "10000") int limit,
                             @Schema(description = "Offset of the first reference not reported") int stoppedAt) {
    }
}
