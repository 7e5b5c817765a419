package org.unsymbol.resolve;

import org.unsymbol.links.CitationData;

/** What a citation of a resolved symbol says: the data {@code /r/...} answers in BibTeX, RIS and CSL-JSON. */
public final class Citations {

    private Citations() {
    }

    public static CitationData of(Resolver.Resolved resolved) {
        Resolution r = resolved.resolution();
        return new CitationData(r.symbol(), r.title(), resolved.entry().map(CatalogueView::bodyName).orElse(null),
                resolved.entry().map(CatalogueView::date).orElse(null), r.language(), r.links().document(),
                CitationData.genreOf(resolved.symbol().kind()));
    }
}
