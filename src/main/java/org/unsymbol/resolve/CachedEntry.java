package org.unsymbol.resolve;

import org.unsymbol.lang.Language;
import org.unsymbol.links.CatalogueFile;
import org.unsymbol.links.LinkBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the resolver's cache holds for one lookup key: the catalogue entry (empty: known not to be catalogued) and what
 * an answer needs of it that does not depend on the request, made once when the entry is loaded: the catalogue's
 * preferred file in each language (the only part of the links that costs more than expanding a template) and the
 * catalogued languages as a bit set. Nothing is written into it afterwards: at a million entries most hits are the
 * first of their key, and a memo written on a hit costs more than the few templates it saves. A catalogue write
 * replaces the whole value (the key is invalidated).
 */
public final class CachedEntry {

    private static final Language[] LANGUAGES = Language.values();
    private static final String[] NO_FILES = new String[LANGUAGES.length];

    /** The entry, or null when the key is known not to be catalogued. */
    private final CatalogueView view;
    /** By language ordinal: the catalogue's preferred allowed file ({@link LinkBuilder#preferredTarget}), or null. */
    private final String[] ownFiles;
    /** Bit {@code ordinal} set for each catalogued language. */
    private final int available;

    public CachedEntry(Optional<CatalogueView> entry, LinkBuilder links) {
        this.view = entry.orElse(null);
        this.ownFiles = view == null ? NO_FILES : ownFiles(view.files(), links);
        int bits = 0;
        if (view != null) {
            for (Language l : view.availableLanguages()) {
                bits |= 1 << l.ordinal();
            }
        }
        this.available = bits;
    }

    private static String[] ownFiles(Map<Language, List<CatalogueFile>> files, LinkBuilder links) {
        if (files.isEmpty()) {
            return NO_FILES;
        }
        String[] out = new String[LANGUAGES.length];
        boolean any = false;
        for (Map.Entry<Language, List<CatalogueFile>> e : files.entrySet()) {
            String own = links.preferredTarget(e.getValue());
            out[e.getKey().ordinal()] = own;
            any |= own != null;
        }
        return any ? out : NO_FILES;
    }

    public Optional<CatalogueView> entry() {
        return Optional.ofNullable(view);
    }

    /** The entry, or null when the key is known not to be catalogued. */
    public CatalogueView view() {
        return view;
    }

    public boolean catalogued() {
        return view != null;
    }

    /** The catalogue's preferred allowed file in this language, or null when it has none. */
    public String ownFile(Language language) {
        return ownFiles[language.ordinal()];
    }

    /** The catalogued languages, bit {@code ordinal} set for each. */
    public int availableBits() {
        return available;
    }
}
