package org.unsymbol.resolve;

import org.unsymbol.lang.Language;
import org.unsymbol.links.Links;
import org.unsymbol.symbol.DocumentSymbol;

import java.util.Optional;

/**
 * What the resolver's cache holds for one lookup key: the catalogue entry (empty: known not to be catalogued) and the
 * links of each language, made by the first answer in that language and reused by every later hit. Links depend only
 * on the entry, the language and the canonical symbol, so a hit spends no time building the same four URLs again; a
 * catalogue write replaces the whole value (the key is invalidated), links included. Whatever else comes to decide
 * the links must invalidate the key too.
 */
public final class CachedEntry {

    private static final Language[] LANGUAGES = Language.values();

    private final Optional<CatalogueView> entry;
    /**
     * By language ordinal. Racy single check: a memo is immutable (final fields), so a thread sees a whole one or none,
     * and two threads at worst build the same links twice.
     */
    private final Memo[] links = new Memo[LANGUAGES.length];

    /** The canonical form a memo was made for: two spellings of one key may differ in it, and then it is not reused. */
    private record Memo(String canonical, Links links) {
    }

    /** Builds the links of a symbol in a language from the entry. */
    @FunctionalInterface
    public interface LinkMaker {
        Links links(DocumentSymbol symbol, Language language, Optional<CatalogueView> entry);
    }

    public CachedEntry(Optional<CatalogueView> entry) {
        this.entry = entry;
    }

    public Optional<CatalogueView> entry() {
        return entry;
    }

    /** The links of this entry for the symbol in the language: made once per language, then reused. */
    public Links links(DocumentSymbol symbol, Language language, LinkMaker maker) {
        Memo memo = links[language.ordinal()];
        String canonical = symbol.canonical();
        if (memo == null || !memo.canonical.equals(canonical)) {
            memo = new Memo(canonical, maker.links(symbol, language, entry));
            links[language.ordinal()] = memo;
        }
        return memo.links;
    }
}
