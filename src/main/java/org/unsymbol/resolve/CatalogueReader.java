package org.unsymbol.resolve;

import java.util.Collection;
import java.util.Map;

/** Reads catalogue entries by lookup key, many at once, in one round trip. */
public interface CatalogueReader {

    /** The catalogued documents among these keys (a key of any of a document's symbols or aliases finds it). */
    Map<String, CatalogueView> findByKeys(Collection<String> keys);
}
