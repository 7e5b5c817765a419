package org.unsymbol.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.unsymbol.links.LanguageChoice;
import org.unsymbol.links.LinkStateJson;
import org.unsymbol.links.Links;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;

import java.util.List;
import java.util.Map;

/**
 * The answer of the resolver for one symbol; fields that do not apply are left out of the JSON. Made by its two
 * factories: {@link #invalid} (what the grammar said, nothing else) and {@link #valid} (links, language, catalogue).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = ResolutionJson.class) // the same JSON, written without reflection: the resolver's hot path
public record Resolution(String input, String symbol, boolean valid, Boolean inCatalogue, String kind,
                         String requestedLanguage, String language, Boolean fallback,
                         List<String> availableLanguages, String title, Links links,
                         List<FindingView> errors, List<FindingView> warnings, List<String> suggestions,
                         @Schema(enumeration = {"available", "unverified", "missing"}, description = "What is known "
                                 + "of the requested language's version: the catalogue records it (available), nobody "
                                 + "knows (unverified: the reader is sent to the requested language's template), or "
                                 + "link health found its file missing (missing: then, and only then, fallback)")
                         String languageStatus,
                         @Schema(description = "For a catalogued document: the health of its file links (document, "
                                 + "odsPdf, odsDoc) and when each was last checked")
                         Map<String, LinkStateJson> linkHealth) {

    /** A symbol the resolver cannot resolve: its input, its canonical form if it has one, and the findings. */
    public static Resolution invalid(String input, ParseResult p) {
        return new Resolution(input, p.symbol().map(DocumentSymbol::canonical).orElse(null), false,
                null, null, null, null, null, null, null, null,
                FindingView.all(p.errors()), FindingView.all(p.warnings()), p.suggestions(), null, null);
    }

    /**
     * A valid symbol: {@code symbol} is the catalogue's spelling when it is catalogued, else the canonical form;
     * {@code title} is null when the catalogue has none in the chosen language.
     */
    public static Resolution valid(String input, String symbol, boolean inCatalogue, String kind,
                                   LanguageChoice choice, List<String> availableLanguages, String title, Links links,
                                   List<FindingView> warnings, Map<String, LinkStateJson> linkHealth) {
        return new Resolution(input, symbol, true, inCatalogue, kind, choice.requested().code(),
                choice.language().code(), choice.fallback(), availableLanguages, title, links,
                null, warnings, null, choice.status().wire(), linkHealth);
    }
}
