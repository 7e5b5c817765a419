package org.unsymbol.citegraph;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.draft.DraftStatus;
import org.unsymbol.draft.DraftSummary;

import java.util.List;

/** The wire forms of recorded citations. */
public final class CitationViews {

    private CitationViews() {
    }

    @Schema(name = "Citations", description = "What a catalogued report cites, as last recorded from its draft")
    public record Citations(@Schema(example = "A/AC.292/2024/L.1") String symbol,
                            @Schema(nullable = true, description = "When the citations were recorded; null if never")
                            String recordedAt,
                            DraftSummary summary, List<Cited> citations) {
    }

    @Schema(name = "CitedDocument")
    public record Cited(@Schema(example = "A/78/265") String symbol, @Schema(example = "document") String kind,
                        @Schema(description = "found / unknown are decided at read time") DraftStatus status,
                        int occurrences, @Schema(description = "UTF-16 offset of the first occurrence in the draft")
                        int firstStart, @Schema(nullable = true) String link, @Schema(nullable = true) String title,
                        @Schema(nullable = true) List<String> availableLanguages) {
    }

    @Schema(name = "CitedBy", description = "The catalogued reports whose recorded citations include a document")
    public record CitedBy(@Schema(example = "A/78/265") String symbol, List<Citing> citedBy) {
    }

    @Schema(name = "CitingDocument")
    public record Citing(@Schema(example = "A/AC.292/2024/L.1") String symbol, @Schema(nullable = true) String title,
                         @Schema(nullable = true) String link,
                         int occurrences, String recordedAt) {
    }
}
