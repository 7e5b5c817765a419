package org.unsymbol.resolve;

import org.unsymbol.links.BibliographicData;

/** What a citation of a resolved symbol says: the data {@code /r/...} answers in BibTeX, RIS and CSL-JSON. */
public final class BibliographicRecords {

    private BibliographicRecords() {
    }

    public static BibliographicData of(Resolver.Resolved resolved) {
        Resolution r = resolved.resolution();
        return new BibliographicData(r.symbol(), r.title(), resolved.entry().map(CatalogueView::bodyName).orElse(null),
                resolved.entry().map(CatalogueView::date).orElse(null), r.language(), r.links().document(),
                BibliographicData.genreOf(resolved.symbol().kind()));
    }
}
