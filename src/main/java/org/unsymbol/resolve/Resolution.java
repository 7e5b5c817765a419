package org.unsymbol.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unsymbol.links.Links;
import org.unsymbol.registry.FindingView;

import java.util.List;

/** The answer of the resolver for one symbol; fields that do not apply are left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resolution(String input, String symbol, boolean valid, Boolean inCatalogue, String kind,
                         String requestedLanguage, String language, Boolean fallback,
                         List<String> availableLanguages, String title, Links links,
                         List<FindingView> errors, List<FindingView> warnings, List<String> suggestions) {
}
