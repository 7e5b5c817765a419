package org.unsymbol.catalogue.model;

import java.util.Map;
import java.util.Set;

/**
 * The small read model of one document that other features ask for in batches (the resolver, the draft checker).
 *
 * @param key       the document's own lookup key (may differ from the key asked for: an alias)
 * @param titles    by language code
 * @param languages the languages with a version, in official order
 * @param files     language code → format ({@code pdf}, {@code doc}, {@code docx}) → URL
 */
public record CatalogueEntry(String symbol, String key, String kind, String originalLanguage, String bodyName,
                             String issueDate, Map<String, String> titles, Set<String> languages,
                             Map<String, Map<String, String>> files) {
}
