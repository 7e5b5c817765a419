package org.unsymbol.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.registry.FindingView;

import java.util.List;

/**
 * One reference of a checked draft on the wire. Offsets are UTF-16 indexes into the draft's text (for Word and PDF:
 * into the text extracted from them).
 */
@Schema(name = "DraftReference")
public record DraftReference(
        @Schema(example = "A/78/265") String text,
        @Schema(example = "1731") int start,
        @Schema(example = "1739") int end,
        @Schema(description = "Canonical symbol (as written when it could not be parsed)", example = "A/78/265")
        String symbol,
        @Schema(example = "document") String kind,
        DraftStatus status,
        @Schema(description = "Built from a citation by number (resolución 75/240 -> A/RES/75/240)") boolean derived,
        List<FindingView> errors,
        List<FindingView> warnings,
        List<String> suggestions,
        @Schema(nullable = true, description = "Null for malformed and placeholder references",
                example = "http://localhost:8080/r/es/A/78/265") String link,
        @Schema(nullable = true, description = "Catalogue title in the draft's language (else the original's); null when "
                + "not catalogued") String title,
        @Schema(nullable = true, description = "Languages the catalogue holds the document in; null when not catalogued")
        List<String> availableLanguages,
        @Schema(nullable = true, description = "Why a reference needs attention, in words; null when it needs none")
        String note) {

    /** This reference with {@code more} warnings after its own (the checks of its existing link). */
    DraftReference withWarnings(List<FindingView> more) {
        List<FindingView> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new DraftReference(text, start, end, symbol, kind, status, derived, errors, List.copyOf(all),
                suggestions, link, title, availableLanguages, note);
    }
}
