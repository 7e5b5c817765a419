package org.unsymbol.catalogue.model;

import org.unsymbol.lang.Language;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A document as the catalogue holds it: the stored values of its record (the symbol and aliases as stored, not parsed
 * again) with its row identity, version and timestamps. The wire format is made from it at the API edge.
 *
 * @param symbol   the canonical primary symbol, as stored
 * @param key      its lookup key
 * @param aliases  the canonical alias symbols, in key order
 * @param versions by language, in {@link Language} order
 * @param related  the stated relations, by relation and target key
 */
public record CatalogueDocument(long id, String symbol, String key, String kind, Distribution distribution,
                                IssueDate date, Language originalLanguage, String body, String session,
                                List<AgendaItem> agendaItems, List<String> subjects, List<String> aliases,
                                Map<Language, LanguageVersion> versions, List<Relation> related, long version,
                                OffsetDateTime created, OffsetDateTime updated) {
}
