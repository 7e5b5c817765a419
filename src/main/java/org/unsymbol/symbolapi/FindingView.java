package org.unsymbol.symbolapi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.symbol.Finding;

import java.util.List;

/**
 * A grammar finding on the wire, the one shape every endpoint uses: {@code /symbols}, the resolver, drafts, the
 * catalogue's problems. {@code severity} is the {@link org.unsymbol.symbol.Severity} name, {@code ERROR} or
 * {@code WARNING}, spelled like {@code code} and {@code tier} (stable upper-case names a client may switch on).
 */
@JsonPropertyOrder({"code", "severity", "message", "start", "end"})
@Schema(name = "SymbolFinding", description = "An error or warning of the grammar; start/end are UTF-16 offsets "
        + "into the input (for a draft: into its text)")
public record FindingView(
        @Schema(example = "NORMALIZED_OCR") String code,
        @Schema(enumeration = {"ERROR", "WARNING"}, example = "WARNING") String severity,
        @Schema(example = "Letter 'l' in a number read as digit '1'.") String message,
        @Schema(example = "9") int start,
        @Schema(example = "14") int end) {

    public static FindingView of(Finding f) {
        return new FindingView(f.code().name(), f.severity().name(), f.message(), f.start(), f.end());
    }

    public static List<FindingView> all(List<Finding> findings) {
        return findings.isEmpty() ? List.of() : findings.stream().map(FindingView::of).toList();
    }
}
