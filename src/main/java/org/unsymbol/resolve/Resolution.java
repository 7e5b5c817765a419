package org.unsymbol.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unsymbol.links.LanguageChoice;
import org.unsymbol.links.Links;
import org.unsymbol.registry.FindingView;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;

import java.util.List;

/**
 * The answer of the resolver for one symbol; fields that do not apply are left out of the JSON. Made by its two
 * factories: {@link #invalid} (what the grammar said, nothing else) and {@link #valid} (links, language, catalogue).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resolution(String input, String symbol, boolean valid, Boolean inCatalogue, String kind,
                         String requestedLanguage, String language, Boolean fallback,
                         List<String> availableLanguages, String title, Links links,
                         List<FindingView> errors, List<FindingView> warnings, List<String> suggestions) {

    /** A symbol the resolver cannot resolve: its input, its canonical form if it has one, and the findings. */
    public static Resolution invalid(String input, ParseResult p) {
        return new Resolution(input, p.symbol().map(DocumentSymbol::canonical).orElse(null), false,
                null, null, null, null, null, null, null, null,
                FindingView.all(p.errors()), FindingView.all(p.warnings()), p.suggestions());
    }

    /**
     * A valid symbol: {@code symbol} is the catalogue's spelling when it is catalogued, else the canonical form;
     * {@code title} is null when the catalogue has none in the chosen language.
     */
    public static Resolution valid(String input, String symbol, boolean inCatalogue, String kind,
                                   LanguageChoice choice, List<String> availableLanguages, String title, Links links,
                                   List<FindingView> warnings) {
        return new Resolution(input, symbol, true, inCatalogue, kind, choice.requested().code(),
                choice.language().code(), choice.fallback(), availableLanguages, title, links,
                null, warnings, null);
    }
}
