package org.unsymbol.web;

import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbolapi.SymbolView;

import java.util.List;

/**
 * What the lookup page shows for one input: the parse (as {@code GET /api/v1/symbols/{symbol}} answers it), each
 * finding with the part of the input it points at, suggestions and links, the catalogue record when there is one,
 * and the citation to copy when the input is a symbol.
 */
public record SymbolPage(String q, SymbolView view, List<Finding> findings, List<Link> suggestions,
                         List<Link> languageLinks, DocumentJson record, String documentHref, String apiHref,
                         Citation citation) {

    /** A finding with the input cut at its span (start/end are UTF-16 offsets into the input). */
    public record Finding(FindingView finding, String before, String marked, String after) {
    }

    /** A link with its text and, for language links, whether the catalogue holds that version. */
    public record Link(String text, String href, String lang, boolean available) {
    }

    public boolean hasQuery() {
        return q != null && !q.isBlank();
    }
}
