package org.unsymbol.catalogue.model;

import org.unsymbol.lang.Language;

import org.unsymbol.symbol.DocumentSymbol;

import java.util.List;
import java.util.Map;

/**
 * A validated, normalized catalogue entry, ready to store: what a PUT body, an NDJSON line, a CSV row or a MARCXML
 * record becomes once checked.
 *
 * @param symbol      the parsed primary symbol (a joint symbol keeps its singles)
 * @param kind        the wire name of the kind ({@code resolution}, {@code decision}, ...)
 * @param versions    by language, in {@link Language} order
 * @param contentHash digest of everything above: equal hashes mean an import has nothing to change
 */
public record CatalogueRecord(DocumentSymbol symbol, String kind, Distribution distribution, IssueDate date,
                              Language originalLanguage, String body, String session, List<AgendaItem> agendaItems,
                              List<String> subjects, List<DocumentSymbol> aliases,
                              Map<Language, LanguageVersion> versions, List<Relation> related, String contentHash) {

    public String key() {
        return symbol.key();
    }
}
