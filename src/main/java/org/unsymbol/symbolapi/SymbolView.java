package org.unsymbol.symbolapi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;
import org.unsymbol.symbol.ParseResult;

import java.util.List;

/** The wire form of one parse: what the grammar made of the input, with its findings. */
@JsonPropertyOrder({"input", "valid", "tier", "canonical", "key", "kind", "components", "errors", "warnings",
        "suggestions"})
@Schema(name = "SymbolParse", description = "What the grammar made of one input")
public record SymbolView(
        @Schema(description = "The input exactly as given", example = "a/78/265 Add.l") String input,
        @Schema(description = "True when the symbol is well-formed and passes every rule (tier PLAUSIBLE, or UNREGISTERED: a root the registry does not list, with an UNREGISTERED_ROOT warning)") boolean valid,
        @Schema(description = "MALFORMED, WELL_FORMED, UNREGISTERED or PLAUSIBLE", example = "PLAUSIBLE") String tier,
        @Schema(nullable = true, description = "Canonical display form; null when malformed", example = "A/78/265/Add.1")
        String canonical,
        @Schema(nullable = true, description = "Lookup key (null when malformed): upper case, no spaces, no reissue mark", example = "A/78/265/ADD.1")
        String key,
        @Schema(nullable = true, description = "What the symbol names; null when malformed", example = "document")
        String kind,
        @Schema(nullable = true, description = "The parts of the symbol; null when malformed") Components components,
        List<FindingView> errors,
        List<FindingView> warnings,
        @Schema(description = "Likely intended canonical symbols, best first") List<String> suggestions) {

    @JsonPropertyOrder({"root", "bodies", "series", "session", "year", "nature", "number", "part", "modifiers",
            "parentheticals", "reissued", "singles"})
    @Schema(name = "SymbolComponents")
    public record Components(
            @Schema(example = "A") String root,
            @Schema(example = "[\"AC.292\"]") List<String> bodies,
            @Schema(example = "A/AC.292") String series,
            @Schema(nullable = true, example = "78") String session,
            @Schema(nullable = true, example = "2024") Integer year,
            @Schema(nullable = true, example = "L") String nature,
            @Schema(nullable = true, example = "1") String number,
            @Schema(nullable = true, description = "Part letter(s) of a composite resolution", example = "A-B") String part,
            @Schema(example = "[\"Rev.1\", \"Corr.1\"]") List<String> modifiers,
            @Schema(example = "[\"2023\"]") List<String> parentheticals,
            boolean reissued,
            @Schema(description = "Canonical forms of the singles of a joint symbol, in order",
                    example = "[\"A/55/305\", \"S/2000/809\"]") List<String> singles) {
    }

    public static SymbolView of(ParseResult r) {
        DocumentSymbol s = r.symbol().orElse(null);
        return new SymbolView(r.input(), r.valid(), r.tier().name(),
                s == null ? null : s.canonical(),
                s == null ? null : s.key(),
                s == null ? null : s.kind().wireName(),
                s == null ? null : components(s),
                FindingView.all(r.errors()),
                FindingView.all(r.warnings()),
                r.suggestions());
    }

    private static Components components(DocumentSymbol s) {
        return new Components(s.root(), s.bodies(), s.series(), s.session().orElse(null),
                s.year().isPresent() ? s.year().getAsInt() : null, s.nature().orElse(null),
                s.number().orElse(null), s.part().orElse(null),
                s.modifiers().stream().map(Modifier::text).toList(), s.parentheticals(), s.reissued(),
                s.singles().stream().map(DocumentSymbol::canonical).toList());
    }
}
