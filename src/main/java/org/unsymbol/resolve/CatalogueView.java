package org.unsymbol.resolve;

import org.unsymbol.links.CatalogueFile;
import org.unsymbol.lang.Language;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the resolver needs to know of a catalogued document: its symbol, titles and files per language, original
 * language, body and date of issue.
 */
public record CatalogueView(String symbol, String kind, Language originalLanguage, String bodyName, String date,
                            Set<Language> availableLanguages, Map<Language, String> titles,
                            Map<Language, List<CatalogueFile>> files) {

    public CatalogueView {
        // an EnumSet iterates in official order (ar zh en fr ru es de), which is the order answers list them in
        availableLanguages = java.util.Collections.unmodifiableSet(availableLanguages.isEmpty()
                ? java.util.EnumSet.noneOf(Language.class) : java.util.EnumSet.copyOf(availableLanguages));
        titles = Map.copyOf(titles);
        files = Map.copyOf(files);
    }
}
