package org.unsymbol.catalogue.wire;

import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.Optional;

/** The grammar as the catalogue uses it: one shared parser, and the rule for what may be catalogued. */
public final class CatalogueSymbols {

    public static final SymbolParser PARSER = SymbolParser.standard();

    private CatalogueSymbols() {
    }

    public static ParseResult parse(String input) {
        return PARSER.parse(input == null ? "" : input);
    }

    /**
     * Whether a parse names a symbol a record may be catalogued under: well-formed (a plausibility doubt such as an
     * unknown root still catalogues, for old or unusual series) and not a placeholder like {@code CRP.X}, which names
     * no document yet.
     */
    public static boolean cataloguable(ParseResult result) {
        return result.wellFormed() && result.symbol().isPresent() && !result.isPlaceholder();
    }

    /** The catalogue key of a symbol as a client typed it, if the grammar can read it at all. */
    public static Optional<String> keyOf(String input) {
        ParseResult result = parse(input);
        return result.wellFormed() ? result.symbol().map(DocumentSymbol::key) : Optional.empty();
    }

}
