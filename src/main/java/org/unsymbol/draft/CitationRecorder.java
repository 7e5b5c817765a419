package org.unsymbol.draft;

import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.extract.Reference;

import java.util.List;

/**
 * Where a draft check with {@code ?record={symbol}} stores what the catalogued report cites. The cites/cited-by graph
 * ({@code citegraph.CitationGraphService}) implements it, so the graph depends on the draft check and never the
 * other way round.
 */
public interface CitationRecorder {

    /** Replaces the document's recorded citations with the distinct symbols of these references; how many. */
    int record(CatalogueDocument citing, List<Reference> references);
}
